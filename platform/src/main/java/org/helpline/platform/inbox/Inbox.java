package org.helpline.platform.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

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
        // plain JDBC: Hibernate's plan cache for native queries costs more than the statement, once per poll
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox (consumer, event_id, topic)
                    select ?, delivered.id, delivered.topic from unnest(?, ?) as delivered (id, topic)
                    on conflict do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", ids));
                insert.setArray(3, connection.createArrayOf("text", topics));
                Set<UUID> firsts = new HashSet<>(ids.length * 2);
                try (ResultSet first = insert.executeQuery()) {
                    while (first.next()) {
                        firsts.add(first.getObject(1, UUID.class));
                    }
                }
                return firsts;
            }
        });
    }
}
