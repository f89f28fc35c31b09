-- An Idempotency-Key's first answer is a receipt, the complainant's tracking code among it: it is kept sealed
-- (AES-GCM) under a key derived from the Idempotency-Key itself, which only its caller holds, and the row names
-- the key by a keyed hash. Rows of an earlier version (key and answer in clear) are hashed and sealed by intake
-- when it starts (IdempotencyKeys), their clear answer emptied.
alter table idempotency_key add column sealed_response bytea;
alter table idempotency_key add column kept_in_clear boolean not null default true;
alter table idempotency_key alter column kept_in_clear set default false;
