package org.helpline.contracts.vocabulary;

/** Whether a contact opens a case or follows one up. */
public enum ContactKind {
    NEW,
    FOLLOW_UP
}
