-- An Idempotency-Key's first answer is a receipt, the complainant's tracking code among it: it is kept sealed
-- (AES-GCM) under a key derived from the Idempotency-Key itself, which only its caller holds, and the row names
-- the key by a keyed hash ('hmac-sha256:...'). Rows written by an earlier version (key and answer in clear) are
-- hashed and sealed by intake when it starts (IdempotencyKeys); the answer's clear column stays empty.
alter table idempotency_key add column sealed_response bytea;
