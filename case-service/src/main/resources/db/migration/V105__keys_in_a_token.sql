-- Key-encryption keys live in a PKCS#11 token, never here: this table names them, so that instances agree on
-- the current one, and records when each was destroyed in the token (after which nothing it wrapped opens).
create table key_encryption_key (
    id            text        primary key,
    created_at    timestamptz not null,
    destroyed_at  timestamptz
);

-- A data key wrapped before the token (by a software master key, ids like k1) keeps that id until the
-- re-wrap sweep moves it under the current key-encryption key.
alter table case_data_key rename column master_key_id to kek_id;
create index case_data_key_by_kek on case_data_key (kek_id);

-- The key pairs intake seals personal data to: the public half is handed to intake, the private half is
-- kept wrapped by a key-encryption key like a data key. A retired pair still opens entries sealed to it
-- until its grace period ends; then its row goes.
create table handoff_key (
    id                   text        primary key,
    public_key           bytea       not null,
    wrapped_private_key  bytea       not null,
    kek_id               text        not null,
    created_at           timestamptz not null,
    retired_at           timestamptz
);
create index handoff_key_by_kek on handoff_key (kek_id);
