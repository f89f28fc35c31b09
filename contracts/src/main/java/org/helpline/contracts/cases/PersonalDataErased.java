package org.helpline.contracts.cases;

import java.time.Instant;
import java.util.UUID;

/** The personal data of a case was destroyed; the case's statistics stay as they were. */
public record PersonalDataErased(UUID caseId, Instant erasedAt, String reasonCode) implements CaseEvent {

    @Override
    public <R> R accept(CaseEvent.Visitor<R> visitor) {
        return visitor.personalDataErased(this);
    }
}
