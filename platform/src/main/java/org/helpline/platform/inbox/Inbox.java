package org.helpline.platform.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.helpline.platform.wire.InboundEvent;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Remembers which events a consumer has applied, in the transaction of its effect: if the effect
 * commits, so does the memory of it, and a redelivered event is recognised and dropped.
 */
@ApplicationScoped
public class Inbox {

    /**
     * The events of a poll delivered to {@code consumer} for the first time, remembered in one statement (a
     * round trip per poll, not per event). An id twice in the poll is a first delivery once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, List<InboundEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        UUID[] ids = events.stream().map(InboundEvent::id).toArray(UUID[]::new);
        String[] topics = events.stream().map(InboundEvent::topic).toArray(String[]::new);
        List<?> first = Panache.getEntityManager().createNativeQuery("""
                insert into inbox (consumer, event_id, topic)
                select ?1, delivered.id, delivered.topic from unnest(cast(?2 as uuid[]), cast(?3 as text[])) as delivered (id, topic)
                on conflict do nothing returning event_id""", UUID.class)
                .setParameter(1, consumer)
                .setParameter(2, ids)
                .setParameter(3, topics)
                .getResultList();
        Set<UUID> firsts = new HashSet<>(first.size() * 2);
        first.forEach(id -> firsts.add((UUID) id));
        return firsts;
    }
}
