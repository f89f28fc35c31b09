package org.helpline.contracts.vocabulary;

/** Age band of the complainant; exact ages are never recorded. */
public enum AgeBand {
    UNDER_18,
    AGE_18_30,
    AGE_31_40,
    AGE_41_50,
    AGE_51_PLUS,
    UNKNOWN
}
