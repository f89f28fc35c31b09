package org.helpline.contracts.vocabulary;

/** Where a case was referred. */
public enum ReferralTarget {
    FIA,
    POLICE,
    LAWYER,
    MENTAL_HEALTH,
    OTHER_ORGANISATION
}
