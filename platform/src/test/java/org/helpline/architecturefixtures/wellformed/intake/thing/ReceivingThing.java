package org.helpline.architecturefixtures.wellformed.intake.thing;

import java.util.UUID;

import org.helpline.architecturefixtures.wellformed.geo.Town;
import org.helpline.architecturefixtures.wellformed.intake.thing.domain.Thing;
import org.helpline.architecturefixtures.wellformed.intake.thing.infrastructure.ThingStore;

/** The use case: speaks in domain terms, so the REST layer above it can change alone. */
public class ReceivingThing {

    private final ThingStore store;

    public ReceivingThing(ThingStore store) {
        this.store = store;
    }

    public UUID receive(String town) {
        Thing thing = new Thing(UUID.randomUUID(), new Town(town));
        thing.receive();
        store.save(thing);
        return thing.id();
    }
}
