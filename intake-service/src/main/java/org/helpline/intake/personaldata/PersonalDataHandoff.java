package org.helpline.intake.personaldata;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.platform.privacy.Envelope;
import org.helpline.platform.privacy.PersonalData;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Holds personal data given at intake, sealed to case-service's handoff key ({@link HandoffRecipient}), in the
 * transaction that records the contact: an accepted contact never loses it, intake's database never holds it
 * in plaintext, and intake holds no key that opens it. {@link HandoffCourier}
 * takes it to case-service.
 */
@ApplicationScoped
public class PersonalDataHandoff {

    @Inject ObjectMapper json;
    @Inject HandoffRecipient recipient;

    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(UUID caseId, UUID entryId, PersonalData data, Instant receivedAt) {
        byte[] sealed;
        try {
            sealed = Envelope.seal(recipient.current(), json.writeValueAsBytes(data),
                    PersonalData.handoffPlace(caseId, entryId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("personal data cannot be written", e);
        }
        Panache.getEntityManager().createNativeQuery("""
                insert into personal_data_handoff (entry_id, case_id, sealed, received_at) values (?1, ?2, ?3, ?4)""")
                .setParameter(1, entryId)
                .setParameter(2, caseId)
                .setParameter(3, sealed)
                .setParameter(4, receivedAt)
                .executeUpdate();
    }
}
