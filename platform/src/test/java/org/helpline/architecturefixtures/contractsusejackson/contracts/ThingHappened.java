package org.helpline.architecturefixtures.contractsusejackson.contracts;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** Breaks rule 5: an event that reads its own JSON. */
public record ThingHappened(UUID thingId) {

    public static ThingHappened from(JsonNode json) {
        return new ThingHappened(UUID.fromString(json.get("thingId").asText()));
    }
}
