-- What a digital-security officer needs of a case without reading case-service: its number (from CaseOpened, kept
-- by KnownCaseNumbers in platform's known_case table) and the category of its latest classification. Cases learnt
-- before this migration keep a null number (their CaseOpened was consumed already); classifications received
-- before it keep a null category until the case is classified again.
alter table known_case add column case_number text;
alter table case_classification add column category text;
