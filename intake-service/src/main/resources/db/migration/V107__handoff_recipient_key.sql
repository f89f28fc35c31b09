-- Personal data is now sealed to case-service's current handoff key (a public key: intake holds nothing that
-- opens what it sealed). The last one learnt is kept, so that intake seals after a restart while case-service
-- is away. Entries sealed before with the shared symmetric key (no longer configured) cannot be delivered:
-- upgrade with the hand-off queue empty (gauge helpline_personal_data_handoff_waiting).
create table handoff_recipient_key (
    key_id      text        primary key,
    public_key  bytea       not null,
    learned_at  timestamptz not null
);
