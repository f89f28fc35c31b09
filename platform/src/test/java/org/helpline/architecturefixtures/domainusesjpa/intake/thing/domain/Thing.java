package org.helpline.architecturefixtures.domainusesjpa.intake.thing.domain;

import java.util.UUID;

import jakarta.persistence.EntityManager;

/** Breaks rule 1: an aggregate that saves itself. */
public record Thing(UUID id) {

    public void saveIn(EntityManager entityManager) {
        entityManager.persist(this);
    }
}
