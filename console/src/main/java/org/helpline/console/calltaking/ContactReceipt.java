package org.helpline.console.calltaking;

import java.util.UUID;

/** intake's answer to a recorded contact; {@code trackingCode} only when it opened a case (given once). */
public record ContactReceipt(UUID contactId, UUID caseId, String caseNumber, String trackingCode) {

    @Override
    public String toString() {
        return "ContactReceipt[contactId=" + contactId + ", caseId=" + caseId + ", caseNumber=" + caseNumber
                + ", trackingCode=redacted]";
    }
}
