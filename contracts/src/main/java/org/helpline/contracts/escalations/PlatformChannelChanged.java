package org.helpline.contracts.escalations;

import java.time.Instant;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.Platform;

/** A platform's trusted-partner channel became ACTIVE or SUSPENDED. Keyed by platform: it is about no case. */
public record PlatformChannelChanged(Platform platform, ChannelStatus status, Instant changedAt)
        implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return "platform:" + platform.name();
    }
}
