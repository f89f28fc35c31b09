package org.helpline.contracts.vocabulary;

/** How the complainant learned of the helpline. */
public enum SourceOfContact {
    SOCIAL_MEDIA,
    FRIEND_OR_FAMILY,
    DRF_TEAM_MEMBER,
    SEARCH_ENGINE,
    NEWS_MEDIA,
    AWARENESS_SESSION,
    LAW_ENFORCEMENT,
    OTHER_ORGANISATION,
    OTHER,
    UNKNOWN
}
