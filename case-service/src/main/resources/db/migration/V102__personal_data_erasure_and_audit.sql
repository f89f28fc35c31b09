-- When a case was closed, for erasing its personal data a set time afterwards (the report keeps personal
-- data "only for the duration of the Helpline lawyer's case follow-up"). Cases closed before this
-- migration take their last update as the time they were closed.
alter table case_worklist add column closed_at timestamptz;
update case_worklist set closed_at = updated_at where status = 'CLOSED';
create index case_worklist_closed on case_worklist (closed_at) where closed_at is not null;

-- The erasure ledger: what was erased, when, why and by whom; never the data itself.
create table personal_data_erasure (
    case_id         uuid primary key,
    erased_at       timestamptz not null,
    reason          text        not null,
    erased_by       text        not null,
    entries_erased  integer     not null
);

-- Every read of personal data (and every refused or failed one): who, when, which case, for what purpose.
-- Append-only: the database refuses to change or remove a line.
create table personal_data_access (
    id           bigserial   primary key,
    case_id      uuid        not null,
    accessed_at  timestamptz not null,
    actor        text        not null,
    purpose      text        not null,
    outcome      text        not null
);
create index personal_data_access_case on personal_data_access (case_id, accessed_at);

create function personal_data_access_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'personal_data_access is append-only';
end $$;
create trigger personal_data_access_append_only before update or delete on personal_data_access
    for each row execute function personal_data_access_is_append_only();
