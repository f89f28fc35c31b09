package org.helpline.contracts.vocabulary;

/** Occupation, kept because some occupations (journalists, defenders) are targeted for their work. */
public enum Occupation {
    JOURNALIST,
    ACTIVIST,
    HUMAN_RIGHTS_DEFENDER,
    POLITICIAN,
    LAWYER,
    ARTIST,
    STUDENT,
    TEACHER,
    CIVIL_SOCIETY,
    OTHER,
    NONE
}
