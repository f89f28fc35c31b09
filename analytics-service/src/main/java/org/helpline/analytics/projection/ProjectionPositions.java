package org.helpline.analytics.projection;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.helpline.platform.sql.NativeRow;
import org.helpline.platform.sql.StatementBatch;

/** Where each topic partition's projection stands, written in the transaction that applied the event. */
@ApplicationScoped
public class ProjectionPositions {

    @Inject EntityManager em;
    @Inject StatementBatch batch;

    public record Position(String topic, int partition, long nextOffset, Instant lastEventAt) {
    }

    /** Goes into the transaction's batch with the projector's statements, flushed with them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(ConsumerRecord<?, ?> record) {
        batch.add(new TopicPartition(record.topic(), record.partition()), """
                insert into projection_position (topic, partition, next_offset, last_event_at) values (?1, ?2, ?3, ?4)
                on conflict (topic, partition) do update
                set next_offset = greatest(projection_position.next_offset, excluded.next_offset),
                    last_event_at = excluded.last_event_at""",
                record.topic(), record.partition(), record.offset() + 1, Instant.ofEpochMilli(record.timestamp()));
    }

    @Transactional
    public List<Position> all() {
        return NativeRow.all(em.createNativeQuery(
                "select topic, partition, next_offset, last_event_at from projection_position order by topic, partition"))
                .stream().map(r -> new Position(r.text(0), r.integer(1), r.count(2), r.instant(3))).toList();
    }
}
