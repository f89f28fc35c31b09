package org.helpline.architecturefixtures.serviceusesservice.cases.file;

import java.util.UUID;

public record CaseFile(UUID thingId) {
}
