package org.helpline.architecturefixtures.wellformed.intake.thing.domain;

import java.util.UUID;

import org.helpline.architecturefixtures.wellformed.contracts.ThingHappened;
import org.helpline.architecturefixtures.wellformed.geo.Town;
import org.helpline.architecturefixtures.wellformed.platform.domain.RuleBroken;

public record Thing(UUID id, Town town) {

    public ThingHappened receive() {
        if (town == null) {
            throw new RuleBroken("a thing happens somewhere");
        }
        return new ThingHappened(id, town);
    }
}
