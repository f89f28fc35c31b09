package org.helpline.contracts.vocabulary;

/** Whether the survivor called for herself or someone called on her behalf. */
public enum CallerType {
    SELF,
    ON_BEHALF
}
