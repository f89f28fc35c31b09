package org.helpline.architecturefixtures.apiusesinfrastructure.intake.thing.api;

import org.helpline.architecturefixtures.apiusesinfrastructure.intake.thing.infrastructure.ThingStore;

/** Breaks rule 2: a resource writing to the store itself, past the use case. */
public class ThingResource {

    private final ThingStore store = new ThingStore();

    public void receive(String town) {
        store.save(town);
    }
}
