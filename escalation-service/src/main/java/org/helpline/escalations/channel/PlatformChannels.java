package org.helpline.escalations.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.contracts.escalations.PlatformChannelChanged;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.channel.domain.PlatformChannelDecider;
import org.helpline.escalations.channel.domain.PlatformChannelDecider.ChangeChannel;
import org.helpline.escalations.channel.domain.PlatformChannelDecider.ChannelState;
import org.helpline.platform.aggregate.Aggregate;
import org.helpline.platform.aggregate.CommandLoop;
import org.helpline.platform.aggregate.Handled;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The platforms' trusted-partner channels: one event stream per platform, and a table with the
 * current status (and the staff's reason, which never goes on Kafka) written in the same transaction.
 */
@ApplicationScoped
public class PlatformChannels implements Aggregate<ChangeChannel, PlatformChannelChanged, ChannelState> {

    static final String STREAM_TYPE = "platform-channel";
    /** Every channel exists (ACTIVE) before its first change: its 404 is never answered. */
    private static final Kind<ChangeChannel, PlatformChannelChanged, ChannelState> KIND = new Kind<>(STREAM_TYPE,
            PlatformChannelChanged.class, new PlatformChannelDecider(), command -> true,
            "No platform channel %s.");

    public record Channel(Platform platform, ChannelStatus status, String reason, Instant changedAt) {
    }

    @Inject
    CommandLoop loop;
    @Inject
    Clock clock;

    @Transactional
    public List<Channel> all() {
        Map<Platform, Channel> channels = new EnumMap<>(Platform.class);
        for (Platform platform : Platform.values()) {
            channels.put(platform, neverChanged(platform));
        }
        for (NativeRow row : NativeRow.all(Panache.getEntityManager()
                .createNativeQuery("select platform, status, reason, changed_at from platform_channel"))) {
            Channel channel = channel(row);
            channels.put(channel.platform(), channel);
        }
        return new ArrayList<>(channels.values());
    }

    @Transactional
    public Channel of(Platform platform) {
        return NativeRow.first(Panache.getEntityManager()
                .createNativeQuery("select platform, status, reason, changed_at from platform_channel where platform = ?1")
                .setParameter(1, platform.name())).map(PlatformChannels::channel).orElseGet(() -> neverChanged(platform));
    }

    /** Sets the status; the same status again changes nothing but the reason. */
    @Transactional
    public Channel change(Platform platform, ChannelStatus status, String reason, String actor) {
        loop.handle(this, streamId(platform), new ChangeChannel(platform, status, reason, clock.instant()), actor);
        return of(platform);
    }

    @Override
    public Kind<ChangeChannel, PlatformChannelChanged, ChannelState> kind() {
        return KIND;
    }

    /**
     * The row is written on every change, also one that only gives a new reason (which no event carries); such a
     * change keeps the time the status last changed.
     */
    @Override
    public void recorded(Handled<ChangeChannel, PlatformChannelChanged, ChannelState> handled) {
        ChangeChannel command = handled.command();
        ChannelState state = handled.after().state();
        Panache.getEntityManager().createNativeQuery("""
                insert into platform_channel (platform, status, reason, changed_at, version) values (?1, ?2, ?3, ?4, ?5)
                on conflict (platform) do update set status = excluded.status, reason = excluded.reason,
                    changed_at = case when ?6 then excluded.changed_at
                                      else coalesce(platform_channel.changed_at, excluded.changed_at) end,
                    version = excluded.version""")
                .setParameter(1, command.platform().name())
                .setParameter(2, command.status().name())
                .setParameter(3, command.reason())
                .setParameter(4, state == null ? command.at() : state.changedAt())
                .setParameter(5, handled.after().version())
                .setParameter(6, handled.changed())
                .executeUpdate();
    }

    private static String streamId(Platform platform) {
        return STREAM_TYPE + "-" + platform.name();
    }

    private static Channel channel(NativeRow row) {
        return new Channel(row.value(0, Platform.class), row.value(1, ChannelStatus.class), row.text(2), row.instant(3));
    }

    private static Channel neverChanged(Platform platform) {
        return new Channel(platform, ChannelStatus.ACTIVE, null, null);
    }
}
