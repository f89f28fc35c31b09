package org.helpline.console.casework;

/** Why someone reads a case's personal data: case-service asks it of every reader and logs it with the reading. */
public enum ReadingPurpose {
    CASE_WORK,
    LEGAL_FOLLOW_UP,
    REFERRAL,
    SAFEGUARDING,
    COMPLAINANT_REQUEST
}
