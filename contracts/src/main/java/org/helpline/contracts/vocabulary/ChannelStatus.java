package org.helpline.contracts.vocabulary;

/** State of a platform's trusted-partner channel. */
public enum ChannelStatus {
    ACTIVE,
    SUSPENDED
}
