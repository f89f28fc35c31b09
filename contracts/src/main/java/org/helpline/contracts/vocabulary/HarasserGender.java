package org.helpline.contracts.vocabulary;

/** Gender of the harasser(s). */
public enum HarasserGender {
    MALE,
    FEMALE,
    UNKNOWN,
    MULTIPLE
}
