package org.helpline.escalations.channel.domain;

import java.time.Instant;
import java.util.List;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.escalations.PlatformChannelChanged;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.Platform;

/**
 * A platform's trusted-partner channel: ACTIVE until someone records that the platform stopped
 * answering (as X's did after May 2023). Setting the status it already has changes nothing.
 */
public final class PlatformChannelDecider {

    private PlatformChannelDecider() {
    }

    public record ChangeChannel(Platform platform, ChannelStatus status, Instant at) {
    }

    /** @param current the channel's status, ACTIVE when it was never changed */
    public static List<IntegrationEvent> decide(ChangeChannel command, ChannelStatus current) {
        if (command.status() == current) {
            return List.of();
        }
        return List.of(new PlatformChannelChanged(command.platform(), command.status(), command.at()));
    }
}
