package org.helpline.architecturefixtures.platformusesservice.platform.outbox;

import org.helpline.architecturefixtures.platformusesservice.intake.thing.domain.Thing;

/** Breaks rule 4: the shared platform knowing one service's aggregate. */
public class Relay {

    public String publish(Thing thing) {
        return thing.id().toString();
    }
}
