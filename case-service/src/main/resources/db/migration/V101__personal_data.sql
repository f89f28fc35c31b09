-- Personal data of survivors, encrypted per case (envelope encryption, AES-256-GCM):
-- each case has its own data key, stored only wrapped by a master key from configuration.
-- Destroying a case's data key makes every entry of that case unreadable (crypto-shredding).
create table case_data_key (
    case_id        uuid primary key,
    wrapped_key    bytea       not null,
    master_key_id  text        not null,
    created_at     timestamptz not null
);

-- One entry per contact that brought personal data (entry_id = the contact id).
create table personal_data_entry (
    case_id      uuid        not null,
    entry_id     uuid        not null,
    sealed       bytea       not null,
    received_at  timestamptz not null,
    stored_at    timestamptz not null,
    primary key (case_id, entry_id)
);
