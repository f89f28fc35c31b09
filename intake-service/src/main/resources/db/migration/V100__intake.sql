-- Cases intake has opened: follow-ups must name one of them; the tracking code lets a complainant ask for status.
create table intake_case (
    case_id        uuid primary key,
    case_number    text        not null unique,
    tracking_code  text        not null unique,
    opened_at      timestamptz not null
);

-- Every contact (first or follow-up), without personal data.
create table contact (
    contact_id   uuid primary key,
    case_id      uuid        not null references intake_case (case_id),
    kind         text        not null,
    channel      text        not null,
    received_at  timestamptz not null
);
create index contact_case on contact (case_id);

-- Case numbers come from one sequence per year (case_number_<year>), created on first use of a year.

-- Idempotency-Key: the first answer to a key, kept so a retry gets the same answer (and no second case).
create table idempotency_key (
    key           text primary key,
    request_hash  text        not null,
    response      jsonb,
    created_at    timestamptz not null default now()
);
