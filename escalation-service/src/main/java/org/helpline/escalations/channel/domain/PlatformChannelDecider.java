package org.helpline.escalations.channel.domain;

import java.time.Instant;
import java.util.List;

import org.helpline.contracts.escalations.PlatformChannelChanged;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.platform.domain.Decider;

/**
 * A platform's trusted-partner channel: ACTIVE until someone records that the platform stopped
 * answering (as X's did after May 2023); a channel never changed has no state (null) and is ACTIVE. Setting
 * the status it already has changes nothing.
 */
public final class PlatformChannelDecider
        implements Decider<PlatformChannelDecider.ChangeChannel, PlatformChannelChanged, PlatformChannelDecider.ChannelState> {

    /** @param reason the staff's words: kept beside the stream, never in the event */
    public record ChangeChannel(Platform platform, ChannelStatus status, String reason, Instant at) {
    }

    /** The channel as its stream leaves it. */
    public record ChannelState(ChannelStatus status, Instant changedAt) {
    }

    @Override
    public List<PlatformChannelChanged> decide(ChangeChannel command, ChannelState state) {
        ChannelStatus current = state == null ? ChannelStatus.ACTIVE : state.status();
        if (command.status() == current) {
            return List.of();
        }
        return List.of(new PlatformChannelChanged(command.platform(), command.status(), command.at()));
    }

    @Override
    public ChannelState evolve(ChannelState state, PlatformChannelChanged changed) {
        return new ChannelState(changed.status(), changed.changedAt());
    }
}
