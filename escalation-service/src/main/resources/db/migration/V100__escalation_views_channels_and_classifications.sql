-- Read model of every escalation, written in the transaction of its events: listings, figures, ageing.
create table escalation_view (
    escalation_id  uuid primary key,
    case_id        uuid        not null,
    platform       text        not null,
    reason         text        not null,
    sent_at        timestamptz not null,
    -- when the ageing period in force at sending runs out
    due_at         timestamptz not null,
    outcome        text,
    resolved_at    timestamptz,
    version        integer     not null
);
create index escalation_view_case on escalation_view (case_id);
create index escalation_view_platform on escalation_view (platform, sent_at);
-- the ageing sweep reads only what is still waiting for an answer
create index escalation_view_due on escalation_view (due_at) where outcome is null;

-- The status of each platform's trusted-partner channel (absent = ACTIVE); the reason stays here, not on Kafka.
create table platform_channel (
    platform    text primary key,
    status      text        not null,
    reason      text,
    changed_at  timestamptz not null,
    version     integer     not null
);

-- The latest classification of each case (from helpline.cases), for escalation suggestions.
create table case_classification (
    case_id          uuid primary key,
    complaint_types  text        not null,
    platforms        text        not null,
    open             boolean     not null,
    classified_at    timestamptz not null
);
