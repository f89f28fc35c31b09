package org.helpline.architecturefixtures.wellformed.cases.file;

import java.util.UUID;

import org.helpline.architecturefixtures.wellformed.contracts.ThingHappened;

/** Another service learns of the thing through the contract, not through intake's classes. */
public record CaseFile(UUID thingId) {

    public static CaseFile openedBy(ThingHappened event) {
        return new CaseFile(event.thingId());
    }
}
