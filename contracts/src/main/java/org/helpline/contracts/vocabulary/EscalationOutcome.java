package org.helpline.contracts.vocabulary;

/** What a platform answered to an escalation. */
public enum EscalationOutcome {
    RESOLVED,
    UNRESOLVED,
    FORM_REQUESTED,
    NO_RESPONSE
}
