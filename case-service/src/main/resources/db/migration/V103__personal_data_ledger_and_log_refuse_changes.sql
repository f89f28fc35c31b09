-- The erasure ledger is the record of what was erased, when, why and by whom: like the access log, the
-- database refuses to change or remove a line, whoever asks.
create function personal_data_erasure_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'personal_data_erasure is append-only';
end $$;
create trigger personal_data_erasure_append_only before update or delete on personal_data_erasure
    for each row execute function personal_data_erasure_is_append_only();

-- TRUNCATE fires no row trigger: without these, one statement would empty either table.
create trigger personal_data_erasure_no_truncate before truncate on personal_data_erasure
    for each statement execute function personal_data_erasure_is_append_only();
create trigger personal_data_access_no_truncate before truncate on personal_data_access
    for each statement execute function personal_data_access_is_append_only();
