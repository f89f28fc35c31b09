package org.helpline.escalations.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.channel.domain.PlatformChannelDecider;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.sql.NativeValues;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The platforms' trusted-partner channels: one event stream per platform, and a table with the
 * current status (and the staff's reason, which never goes on Kafka) written in the same transaction.
 */
@ApplicationScoped
public class PlatformChannels {

    static final String STREAM_TYPE = "platform-channel";

    public record Channel(Platform platform, ChannelStatus status, String reason, Instant changedAt) {
    }

    private final EventStore store;
    private final Clock clock;

    public PlatformChannels(EventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public List<Channel> all() {
        Map<Platform, Channel> channels = new EnumMap<>(Platform.class);
        for (Platform platform : Platform.values()) {
            channels.put(platform, new Channel(platform, ChannelStatus.ACTIVE, null, null));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select platform, status, reason, changed_at from platform_channel").getResultList();
        for (Object[] row : rows) {
            Channel channel = channel(row);
            channels.put(channel.platform(), channel);
        }
        return new ArrayList<>(channels.values());
    }

    @Transactional
    public Channel of(Platform platform) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select platform, status, reason, changed_at from platform_channel where platform = ?1")
                .setParameter(1, platform.name()).getResultList();
        return rows.isEmpty() ? new Channel(platform, ChannelStatus.ACTIVE, null, null) : channel(rows.get(0));
    }

    /** Sets the status; the same status again changes nothing but the reason. */
    @Transactional
    public Channel change(Platform platform, ChannelStatus status, String reason, String actor) {
        int version = store.currentVersion(streamId(platform));
        Channel current = of(platform);
        Instant now = clock.instant();
        List<IntegrationEvent> events = PlatformChannelDecider.decide(
                new PlatformChannelDecider.ChangeChannel(platform, status, now), current.status());
        int newVersion = store.append(STREAM_TYPE, streamId(platform), version,
                events.stream().map(NewEvent::of).toList(), EventMetadata.newFlow(actor));
        Instant changedAt = events.isEmpty() && current.changedAt() != null ? current.changedAt() : now;
        Panache.getEntityManager().createNativeQuery("""
                insert into platform_channel (platform, status, reason, changed_at, version) values (?1, ?2, ?3, ?4, ?5)
                on conflict (platform) do update set status = excluded.status, reason = excluded.reason,
                    changed_at = excluded.changed_at, version = excluded.version""")
                .setParameter(1, platform.name())
                .setParameter(2, status.name())
                .setParameter(3, reason)
                .setParameter(4, changedAt)
                .setParameter(5, newVersion)
                .executeUpdate();
        return new Channel(platform, status, reason, changedAt);
    }

    private static String streamId(Platform platform) {
        return STREAM_TYPE + "-" + platform.name();
    }

    private static Channel channel(Object[] row) {
        return new Channel(Platform.valueOf((String) row[0]), ChannelStatus.valueOf((String) row[1]), (String) row[2],
                NativeValues.instant(row[3]));
    }
}
