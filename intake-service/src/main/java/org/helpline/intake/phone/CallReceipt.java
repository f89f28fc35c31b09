package org.helpline.intake.phone;

import java.util.List;
import java.util.UUID;

/**
 * Answer to the telephony platform, shown to the associate who took the call: whether this number
 * called before, and about which cases, so that they can record a follow-up rather than a new case.
 */
public record CallReceipt(UUID contactId, boolean repeatCaller, List<String> previousCaseNumbers) {
}
