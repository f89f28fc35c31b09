package org.helpline.architecturefixtures.usecaseusesapi.intake.thing.infrastructure;

import org.helpline.architecturefixtures.usecaseusesapi.intake.thing.api.ThingRequest;

/** Breaks rule 3 from below the use case too. */
public class ThingStore {

    public void save(ThingRequest request) {
        request.town();
    }
}
