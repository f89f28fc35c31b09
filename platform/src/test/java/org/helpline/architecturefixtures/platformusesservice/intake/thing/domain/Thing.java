package org.helpline.architecturefixtures.platformusesservice.intake.thing.domain;

import java.util.UUID;

public record Thing(UUID id) {
}
