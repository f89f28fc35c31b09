-- Latest snapshot of each case's state, so that loading a long stream reads only the events after it.
-- A snapshot is a cache: deleting the table loses nothing (format = CaseSnapshots.FORMAT; others are ignored).
create table case_snapshot (
    case_id   uuid primary key,
    version   integer     not null,
    format    integer     not null,
    state     jsonb       not null,
    taken_at  timestamptz not null
);

-- The associates' worklist: one row per case, written in the same transaction as the case's events.
create table case_worklist (
    case_id        uuid primary key,
    case_number    text        not null,
    status         text        not null,
    priority       text        not null,
    priority_rank  smallint    not null,
    category       text,
    assignee       text,
    opened_at      timestamptz not null,
    follow_ups     integer     not null,
    version        integer     not null,
    updated_at     timestamptz not null
);
-- The default listing: open cases, most urgent first, then oldest first.
create index case_worklist_queue on case_worklist (status, priority_rank, opened_at, case_id);
create index case_worklist_assignee on case_worklist (assignee, status, priority_rank, opened_at);
