-- How far each case has come, for the complainant's tracking page: from helpline.cases and
-- helpline.referrals. Only flags, never details.
create table case_progress (
    case_id      uuid primary key,
    in_progress  boolean     not null default false,
    referred     boolean     not null default false,
    closed       boolean     not null default false,
    erased       boolean     not null default false,
    updated_at   timestamptz not null
);
