package org.helpline.architecturefixtures.contractsusejackson.geo;

import org.helpline.architecturefixtures.contractsusejackson.platform.domain.RuleBroken;

/** Breaks rule 5 inside the project: the gazetteer leaning on platform. */
public record Town(String name) {

    public Town {
        if (name.isBlank()) {
            throw new RuleBroken("a town has a name");
        }
    }
}
