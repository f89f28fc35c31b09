-- V1's row trigger refuses UPDATE and DELETE, but row triggers never fire on TRUNCATE: without this one
-- statement trigger a single "truncate event_store" would still wipe the history. Repeatable, not V2: every
-- service's database already has its own V100+ applied, and Flyway refuses a lower version added later.
drop trigger if exists event_store_no_truncate on event_store;
create trigger event_store_no_truncate before truncate on event_store
    for each statement execute function event_store_refuse_change();
