package org.helpline.contracts.vocabulary;

/** Category of a case after classification. */
public enum Category {
    CYBER_HARASSMENT,
    GENERAL_INQUIRY,
    OTHER_DIGITAL_ISSUE,
    DOMESTIC_ISSUE,
    PHYSICAL_HARASSMENT,
    WORKPLACE_HARASSMENT
}
