-- The latest outcome of each referral (ReferralOutcomeRecorded); null while none was recorded.
alter table referral_fact add column outcome text;
