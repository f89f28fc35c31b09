package org.helpline.intake.contact;

import java.util.UUID;

/**
 * Answer of {@code POST /api/contacts}: the tracking code is given to the complainant, once, when her case
 * is opened (a follow-up's receipt has none: intake keeps only a hash of it).
 */
public record ContactReceipt(UUID contactId, UUID caseId, String caseNumber, String trackingCode) {

    @Override
    public String toString() {
        return "ContactReceipt[contactId=" + contactId + ", caseId=" + caseId + ", caseNumber=" + caseNumber
                + ", trackingCode=redacted]";
    }
}
