package org.helpline.architecturefixtures.wellformed.platform.outbox;

import jakarta.persistence.EntityManager;

import org.helpline.architecturefixtures.wellformed.contracts.ThingHappened;

/** Platform may use any framework and the contracts, but no service. */
public class Relay {

    public void publish(EntityManager entityManager, ThingHappened event) {
        entityManager.flush();
    }
}
