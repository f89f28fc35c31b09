package org.helpline.contracts.vocabulary;

/** Gender of the complainant as the report tabulates it. */
public enum Gender {
    FEMALE,
    MALE,
    NON_BINARY,
    TRANS_WOMAN,
    TRANS_MAN,
    UNDISCLOSED
}
