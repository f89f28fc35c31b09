package org.helpline.contracts.vocabulary;

/** Service the helpline provided on a case. */
public enum Service {
    LEGAL_ADVICE,
    DIGITAL_SECURITY_ADVICE,
    PSYCHOLOGICAL_SUPPORT,
    PLATFORM_ESCALATION,
    REFERRAL,
    IN_PERSON_ASSISTANCE,
    GENERAL_INFORMATION
}
