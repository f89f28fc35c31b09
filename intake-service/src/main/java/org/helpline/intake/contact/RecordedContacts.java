package org.helpline.intake.contact;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.helpline.intake.contact.domain.RecordedContact;
import org.helpline.intake.contact.infrastructure.ContactRecord;

/** The contacts intake recorded, as staff may look them up. */
@ApplicationScoped
public class RecordedContacts {

    @Transactional
    public Optional<RecordedContact> find(UUID contactId) {
        return ContactRecord.<ContactRecord>findByIdOptional(contactId).map(contact -> new RecordedContact(
                contact.contactId, contact.caseId, contact.kind, contact.channel, contact.receivedAt));
    }
}
