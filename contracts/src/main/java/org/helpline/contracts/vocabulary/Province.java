package org.helpline.contracts.vocabulary;

/** Province or territory; OUTSIDE_PAKISTAN for the diaspora. */
public enum Province {
    PUNJAB,
    SINDH,
    KHYBER_PAKHTUNKHWA,
    BALOCHISTAN,
    ISLAMABAD,
    GILGIT_BALTISTAN,
    AZAD_KASHMIR,
    OUTSIDE_PAKISTAN,
    UNKNOWN
}
