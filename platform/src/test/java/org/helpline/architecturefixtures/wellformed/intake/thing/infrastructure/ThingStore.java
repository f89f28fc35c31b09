package org.helpline.architecturefixtures.wellformed.intake.thing.infrastructure;

import jakarta.persistence.EntityManager;

import org.helpline.architecturefixtures.wellformed.intake.thing.domain.Thing;

public class ThingStore {

    private final EntityManager entityManager;

    public ThingStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void save(Thing thing) {
        entityManager.persist(thing);
    }
}
