package org.helpline.architecturefixtures.wellformed.contracts;

import java.util.UUID;

import org.helpline.architecturefixtures.wellformed.geo.Town;

public record ThingHappened(UUID thingId, Town town) {
}
