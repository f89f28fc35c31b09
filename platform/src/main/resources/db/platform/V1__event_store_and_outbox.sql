-- Event store, outbox and inbox shared by every service (platform module). Service migrations start at V100.

-- Append-only: rows are never updated or deleted (erasure destroys keys, not events).
create table event_store (
    position        bigint generated always as identity primary key,
    stream_type     text        not null,
    stream_id       text        not null,
    version         integer     not null check (version > 0),
    event_id        uuid        not null,
    event_type      text        not null,
    schema_version  integer     not null,
    payload         jsonb       not null,
    metadata        jsonb       not null,
    recorded_at     timestamptz not null,
    constraint event_store_stream_version unique (stream_id, version),
    constraint event_store_event_id unique (event_id)
);

-- Messages still to publish. The relay selects whatever rows exist (never "ids after the last one
-- sent"), so a transaction that took its id early and committed late is still picked up.
create table outbox (
    id              bigint generated always as identity primary key,
    event_id        uuid        not null,
    topic           text        not null,
    message_key     text        not null,
    event_type      text        not null,
    source          text        not null,
    occurred_at     timestamptz not null,
    correlation_id  uuid,
    causation_id    uuid,
    payload         text        not null
);

-- Events a consumer has applied, written in the same transaction as the effect.
create table inbox (
    consumer        text        not null,
    event_id        uuid        not null,
    topic           text        not null,
    processed_at    timestamptz not null default now(),
    primary key (consumer, event_id)
);

create function event_store_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'event_store is append-only';
end
$$;

create trigger event_store_append_only before update or delete on event_store
    for each row execute function event_store_refuse_change();
