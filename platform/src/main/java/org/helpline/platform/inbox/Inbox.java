package org.helpline.platform.inbox;

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

    /** @return true on the event's first delivery to {@code consumer}, false on a redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, InboundEvent event) {
        return Panache.getEntityManager()
                .createNativeQuery("insert into inbox (consumer, event_id, topic) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.topic())
                .executeUpdate() == 1;
    }
}
