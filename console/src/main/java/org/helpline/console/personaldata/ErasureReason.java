package org.helpline.console.personaldata;

/** Why a case's personal data was erased, as case-service's ledger keeps it. */
public enum ErasureReason {
    REQUESTED_BY_COMPLAINANT,
    SUPERVISOR_DECISION,
    RETENTION_EXPIRED
}
