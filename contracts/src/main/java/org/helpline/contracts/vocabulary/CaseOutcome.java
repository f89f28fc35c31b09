package org.helpline.contracts.vocabulary;

/** How a case ended. */
public enum CaseOutcome {
    RESOLVED,
    UNRESOLVED,
    REFERRED,
    NO_FURTHER_CONTACT,
    WITHDRAWN
}
