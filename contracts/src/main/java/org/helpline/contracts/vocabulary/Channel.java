package org.helpline.contracts.vocabulary;

/** How a contact reached the helpline. */
public enum Channel {
    PHONE,
    EMAIL,
    SOCIAL_MEDIA,
    WEB_FORM,
    IN_PERSON
}
