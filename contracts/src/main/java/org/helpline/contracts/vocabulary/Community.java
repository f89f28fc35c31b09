package org.helpline.contracts.vocabulary;

/** Marginalised community the complainant belongs to, if any. */
public enum Community {
    TRANSGENDER,
    RELIGIOUS_MINORITY,
    ETHNIC_MINORITY,
    PERSON_WITH_DISABILITY,
    NONE
}
