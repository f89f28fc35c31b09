-- Calls reported by the telephony platform. The caller's number is never stored: only its keyed hash
-- (HMAC-SHA256, key from configuration), enough to recognise a repeat caller and nothing more.
create table phone_call (
    call_id      text primary key,
    contact_id   uuid        not null unique,
    caller_hash  text        not null,
    started_at   timestamptz not null,
    ended_at     timestamptz not null,
    language     text,
    extension    text,
    -- the case the associate recorded this call under (a new case or a follow-up), once they have
    case_id      uuid references intake_case (case_id),
    -- the first answer, given again when the platform replays the webhook
    answer       jsonb       not null,
    received_at  timestamptz not null
);
create index phone_call_caller on phone_call (caller_hash);
