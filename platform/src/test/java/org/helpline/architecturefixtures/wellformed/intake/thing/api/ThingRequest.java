package org.helpline.architecturefixtures.wellformed.intake.thing.api;

public record ThingRequest(String town) {
}
