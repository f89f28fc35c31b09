package org.helpline.analytics.projection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helpline.platform.sql.NativeValues;


/** Where each topic partition's projection stands, written in the transaction that applied the event. */
@ApplicationScoped
public class ProjectionPositions {

    private final EntityManager em;

    public ProjectionPositions(EntityManager em) {
        this.em = em;
    }

    public record Position(String topic, int partition, long nextOffset, Instant lastEventAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(ConsumerRecord<?, ?> record) {
        em.createNativeQuery("""
                insert into projection_position (topic, partition, next_offset, last_event_at) values (?1, ?2, ?3, ?4)
                on conflict (topic, partition) do update
                set next_offset = greatest(projection_position.next_offset, excluded.next_offset),
                    last_event_at = excluded.last_event_at""")
                .setParameter(1, record.topic())
                .setParameter(2, record.partition())
                .setParameter(3, record.offset() + 1)
                .setParameter(4, Instant.ofEpochMilli(record.timestamp()))
                .executeUpdate();
    }

    @Transactional
    public List<Position> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select topic, partition, next_offset, last_event_at from projection_position order by topic, partition")
                .getResultList();
        return rows.stream().map(r -> new Position((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).longValue(),
                NativeValues.instant(r[3]))).toList();
    }

}
