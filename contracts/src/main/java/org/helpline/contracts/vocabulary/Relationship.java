package org.helpline.contracts.vocabulary;

/** Relationship of the harasser to the complainant. */
public enum Relationship {
    STRANGER,
    ONLINE_ACQUAINTANCE,
    FRIEND,
    FAMILY,
    SPOUSE,
    EX_SPOUSE,
    PARTNER,
    EX_PARTNER,
    FIANCE,
    COLLEAGUE,
    NEIGHBOUR,
    UNKNOWN
}
