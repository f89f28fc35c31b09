package org.helpline.architecturefixtures.serviceusesservice.intake.thing;

import java.util.UUID;

import org.helpline.architecturefixtures.serviceusesservice.cases.file.CaseFile;

/** Breaks rule 4: intake opening case-service's case file itself instead of publishing an event. */
public class ReceivingThing {

    public CaseFile receive() {
        return new CaseFile(UUID.randomUUID());
    }
}
