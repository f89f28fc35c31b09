package org.helpline.intake.contact.domain;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.ContactKind;

/** A contact as intake recorded it: no personal data (that went on to case-service, sealed). */
public record RecordedContact(UUID contactId, UUID caseId, ContactKind kind, Channel channel, Instant receivedAt) {
}
