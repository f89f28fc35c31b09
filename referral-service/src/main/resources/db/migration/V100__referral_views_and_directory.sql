-- Read model of every referral, written in the transaction of its events.
create table referral_view (
    referral_id   uuid primary key,
    case_id       uuid        not null,
    target        text        not null,
    city          text,
    wing          text,
    distance_km   integer,
    same_city     boolean,
    referred_at   timestamptz not null,
    outcome       text,
    outcome_at    timestamptz,
    version       integer     not null
);
create index referral_view_case on referral_view (case_id);

-- Lawyers (like the "Ab Aur Nahin" pro-bono directory) and counsellors that supervisors maintain.
-- Professionals' work contacts, not survivors' data.
create table directory_entry (
    entry_id    uuid primary key,
    kind        text        not null,   -- LAWYER or COUNSELLOR
    name        text        not null,
    city        text        not null,
    languages   text        not null,   -- comma-separated
    areas       text        not null,   -- comma-separated
    contact     text,
    updated_at  timestamptz not null
);
create index directory_entry_kind on directory_entry (kind);
