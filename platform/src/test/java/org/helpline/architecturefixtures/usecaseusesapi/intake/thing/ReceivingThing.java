package org.helpline.architecturefixtures.usecaseusesapi.intake.thing;

import org.helpline.architecturefixtures.usecaseusesapi.intake.thing.api.ThingRequest;

/** Breaks rule 3: a use case that takes the REST layer's request type. */
public class ReceivingThing {

    public String receive(ThingRequest request) {
        return request.town();
    }
}
