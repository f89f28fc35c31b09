package org.helpline.contracts.vocabulary;

/** Why content or an account was escalated to a platform. */
public enum EscalationReason {
    NCII,
    NCUI,
    IMPERSONATION,
    FAKE_PROFILE,
    DEFAMATION,
    HACKED_ACCOUNT,
    HATE_SPEECH,
    HARASSMENT,
    OTHER
}
