-- Cases this service has seen opened on helpline.contacts: commands about other case ids answer 404.
create table known_case (
    case_id    uuid primary key,
    opened_at  timestamptz not null
);
