package org.helpline.intake.contact.api;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.ContactKind;

/** A recorded contact, without personal data. */
public record ContactView(UUID contactId, UUID caseId, ContactKind kind, Channel channel, Instant receivedAt) {
}
