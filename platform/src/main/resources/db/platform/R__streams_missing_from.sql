-- Streams of a type whose read model has no row yet (keyed by the stream id as a uuid): what a backfill must
-- write when a read model is added to a service that already has events. The read model and its id column
-- come in as values: PostgreSQL quotes them itself (regclass, %I), so no name is ever spliced into SQL text.
create or replace function streams_missing_from(kind text, read_model regclass, id_column text, batch integer)
    returns setof text
    language plpgsql stable as $$
begin
    return query execute format(
        'select s.stream_id from event_store s where s.stream_type = $1 and s.version = 1 '
        || 'and not exists (select 1 from %s v where v.%I::text = s.stream_id) limit $2',
        read_model, id_column)
        using kind, batch;
end;
$$;
