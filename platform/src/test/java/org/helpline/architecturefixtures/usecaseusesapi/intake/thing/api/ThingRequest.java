package org.helpline.architecturefixtures.usecaseusesapi.intake.thing.api;

public record ThingRequest(String town) {
}
