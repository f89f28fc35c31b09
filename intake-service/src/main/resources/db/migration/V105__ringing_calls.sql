-- A call is reported when it starts ringing and again when it ends: until then it has no end, and whether it
-- was answered is known only at its end (the missed calls of the report). Calls recorded before this was
-- asked keep answered null: not known.
alter table phone_call alter column ended_at drop not null;
alter table phone_call add column answered boolean;
alter table phone_call add constraint phone_call_answered_only_at_end check (ended_at is not null or answered is null);
