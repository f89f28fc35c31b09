package org.helpline.platform.inbox;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.helpline.platform.wire.InboundEvent;
import org.helpline.platform.wire.InboundEventReader;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Remembers which events a consumer has applied, in the transaction of its effect: if the effect
 * commits, so does the memory of it, and a redelivered event is recognised and dropped.
 */
@ApplicationScoped
public class Inbox {

    private final InboundEventReader reader;

    public Inbox(InboundEventReader reader) {
        this.reader = reader;
    }

    /**
     * Reads the record and records it as processed by {@code consumer}.
     *
     * @return the event on its first delivery, empty on a redelivery
     * @throws org.helpline.platform.wire.UnreadableEventException for a poison message (the channel's
     *         failure strategy sends it to the dead-letter topic)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<InboundEvent> firstDelivery(String consumer, ConsumerRecord<String, String> record) {
        InboundEvent event = reader.read(record);
        int inserted = Panache.getEntityManager()
                .createNativeQuery("insert into inbox (consumer, event_id, topic) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.topic())
                .executeUpdate();
        return inserted == 1 ? Optional.of(event) : Optional.empty();
    }
}
