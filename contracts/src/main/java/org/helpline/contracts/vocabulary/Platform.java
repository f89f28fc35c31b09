package org.helpline.contracts.vocabulary;

/**
 * Platform on which the harassment happened or to which a case is escalated.
 * The report groups FACEBOOK, INSTAGRAM and WHATSAPP as Meta; {@link #isMeta()} is that grouping.
 */
public enum Platform {
    WHATSAPP,
    FACEBOOK,
    INSTAGRAM,
    TIKTOK,
    X,
    YOUTUBE,
    SNAPCHAT,
    TELEGRAM,
    LINKEDIN,
    EMAIL,
    PHONE_SMS,
    DATING_APP,
    LOAN_APP,
    WEBSITE,
    OTHER;

    public boolean isMeta() {
        return this == FACEBOOK || this == INSTAGRAM || this == WHATSAPP;
    }
}
