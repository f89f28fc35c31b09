-- Tracking codes are the complainants' secrets: kept only as keyed hashes (HMAC-SHA256, like caller
-- numbers). Codes stored before this migration are hashed by intake when it starts (TrackingCodes), and
-- their plaintext column emptied.
alter table intake_case add column tracking_hash text;
alter table intake_case alter column tracking_code drop not null;
create unique index intake_case_tracking_hash on intake_case (tracking_hash);
