package org.helpline.intake.contact.api;

import java.util.UUID;

/** Answer of {@code POST /api/contacts}: the tracking code is given to the complainant. */
public record ContactReceipt(UUID contactId, UUID caseId, String caseNumber, String trackingCode) {
}
