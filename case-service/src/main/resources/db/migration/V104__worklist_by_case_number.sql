-- The console finds a case by the number the complainant gives on the phone (and a follow-up names its case so).
create index case_worklist_case_number on case_worklist (case_number);
