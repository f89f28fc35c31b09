package org.helpline.contracts.vocabulary;

/**
 * What became of a referral. COMPLAINT_REGISTERED and FIR_LODGED are steps on the way; DECLINED,
 * NO_CONTACT and RESOLVED end it.
 */
public enum ReferralOutcome {
    COMPLAINT_REGISTERED,
    FIR_LODGED,
    DECLINED,
    NO_CONTACT,
    RESOLVED;

    public boolean isFinal() {
        return this == DECLINED || this == NO_CONTACT || this == RESOLVED;
    }
}
