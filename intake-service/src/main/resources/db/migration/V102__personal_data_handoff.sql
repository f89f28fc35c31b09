-- Personal data given at intake, sealed (AES-256-GCM, handoff key) until case-service has taken it;
-- the row is deleted once delivered. Never plaintext, never on Kafka.
create table personal_data_handoff (
    entry_id     uuid primary key,   -- the contact the data came with
    case_id      uuid        not null,
    sealed       bytea       not null,
    received_at  timestamptz not null,
    attempts     integer     not null default 0,
    next_try_at  timestamptz not null default now()
);
create index personal_data_handoff_due on personal_data_handoff (next_try_at);
