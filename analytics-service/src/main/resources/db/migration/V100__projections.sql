-- Read models of the annual report, fed only by the four topics. A case counts in the year and month
-- it was opened (in the helpline's time zone); its dimensions follow its latest classification; its
-- escalations, referrals and services count in the case's year (joined on case_id).

create table case_fact (
    case_id                uuid primary key,
    -- null until CaseOpened arrives: a classification (another topic) may be applied first
    opened_at              timestamptz,
    opened_year            integer,
    opened_month           text,
    channel                text,
    age_band               text,
    gender                 text,
    city                   text,
    province               text,
    caller_type            text,
    source_of_contact      text,
    occupation             text,
    community              text,
    category               text,
    harasser_gender        text,
    relationship           text,
    mental_health_concern  boolean,
    classified_at          timestamptz
);
create index case_fact_year on case_fact (opened_year);

create table case_complaint_type (
    case_id         uuid not null,
    complaint_type  text not null,
    primary key (case_id, complaint_type)
);

create table case_platform (
    case_id   uuid not null,
    platform  text not null,
    primary key (case_id, platform)
);

create table service_fact (
    event_id     uuid primary key,
    case_id      uuid not null,
    service      text not null,
    provided_at  timestamptz not null
);

create table follow_up_fact (
    contact_id     uuid primary key,
    case_id        uuid        not null,
    received_at    timestamptz not null,
    received_year  integer     not null
);
create index follow_up_fact_year on follow_up_fact (received_year);

create table escalation_fact (
    escalation_id  uuid primary key,
    case_id        uuid        not null,
    platform       text        not null,
    reason         text        not null,
    sent_at        timestamptz not null,
    outcome        text,
    resolved_at    timestamptz
);

create table referral_fact (
    referral_id    uuid primary key,
    case_id        uuid        not null,
    target         text        not null,
    city           text,
    wing           text,
    distance_km    integer,
    same_city      boolean,
    referred_at    timestamptz not null
);

-- Next offset to apply per topic partition, and the time of the last event applied there.
create table projection_position (
    topic          text        not null,
    partition      integer     not null,
    next_offset    bigint      not null,
    last_event_at  timestamptz,
    primary key (topic, partition)
);
