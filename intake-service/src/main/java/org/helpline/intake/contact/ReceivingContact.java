package org.helpline.intake.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.helpline.contracts.IntegrationEvents;
import org.helpline.contracts.cases.CaseEvent;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.contracts.vocabulary.ContactKind;
import org.helpline.intake.contact.domain.ReceiveContact;
import org.helpline.intake.contact.infrastructure.ContactRecord;
import org.helpline.intake.contact.infrastructure.IdempotencyKeys;
import org.helpline.intake.contact.infrastructure.IntakeCase;
import org.helpline.intake.personaldata.PersonalDataHandoff;
import org.helpline.intake.phone.infrastructure.PhoneCalls;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;

/**
 * Records a contact: a NEW one opens a case (CaseOpened), a FOLLOW_UP adds to one (FollowUpReceived).
 * Each contact is its own stream in intake's event store; the event reaches Kafka through the outbox.
 */
@ApplicationScoped
public class ReceivingContact {

    static final String STREAM_TYPE = "contact";
    private static final Logger LOG = Logger.getLogger(ReceivingContact.class);

    @Inject EventStore store;
    @Inject IdempotencyKeys idempotencyKeys;
    @Inject OpeningCase openingCase;
    @Inject PhoneCalls phoneCalls;
    @Inject PersonalDataHandoff personalData;
    @Inject Clock clock;

    /** A contact as it arrived: its id (a filed phone call's), when, and the call it files. */
    private record Arrival(UUID contactId, Instant receivedAt, Optional<PhoneCalls.StoredCall> call) {
    }

    /** What the contact leads to: the receipt the caller gets and the event that records it. */
    private record Received(ContactReceipt receipt, CaseEvent event) {
    }

    /**
     * @param idempotencyKey with {@code request}: a retry of the same request answers the first receipt and
     *        records nothing; the same key with another request is refused (422); keys are the account's own
     */
    @Transactional
    public ContactReceipt receive(ReceiveContact command, Optional<String> idempotencyKey, Object request,
            String actor) {
        requireComplete(command);
        Optional<ContactReceipt> first = idempotencyKey.flatMap(key -> idempotencyKeys.firstAnswer(key, actor,
                request, ContactReceipt.class));
        if (first.isPresent()) {
            return first.get();
        }
        Arrival arrival = arrival(command);
        Received received = command.kind() == ContactKind.NEW ? opening(command, arrival) : followUp(command, arrival);
        idempotencyKey.ifPresent(key -> idempotencyKeys.answer(key, actor, received.receipt()));
        file(command, arrival, received, actor);
        return received.receipt();
    }

    private static void requireComplete(ReceiveContact command) {
        List<ReceiveContact.Violation> violations = command.violations();
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Bad Request", "The contact is incomplete.")
                    .withErrors(violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList()));
        }
    }

    private Arrival arrival(ReceiveContact command) {
        Optional<PhoneCalls.StoredCall> call = command.callId() == null ? Optional.empty()
                : Optional.of(callToFile(command.callId()));
        Instant receivedAt = command.receivedAt() != null ? command.receivedAt()
                : call.map(PhoneCalls.StoredCall::startedAt).orElseGet(clock::instant);
        return new Arrival(call.map(PhoneCalls.StoredCall::contactId).orElseGet(UUID::randomUUID), receivedAt, call);
    }

    private Received opening(ReceiveContact command, Arrival arrival) {
        OpeningCase.Opened opened = openingCase.open(command, arrival.contactId(), arrival.receivedAt());
        return new Received(opened.receipt(), opened.event());
    }

    private static Received followUp(ReceiveContact command, Arrival arrival) {
        IntakeCase known = IntakeCase.<IntakeCase>findByIdOptional(command.caseId())
                .orElseThrow(() -> ProblemException.notFound("No case " + command.caseId() + " to follow up."));
        // the tracking code was given once, when the case was opened: it is kept only as a hash
        return new Received(new ContactReceipt(arrival.contactId(), known.caseId, known.caseNumber, null),
                new FollowUpReceived(known.caseId, arrival.contactId(), arrival.receivedAt(), command.channel()));
    }

    /** The contact's row, its phone call filed under the case, its personal data handed on, and its event. */
    private void file(ReceiveContact command, Arrival arrival, Received received, String actor) {
        ContactReceipt receipt = received.receipt();
        ContactRecord contact = new ContactRecord();
        contact.contactId = receipt.contactId();
        contact.caseId = receipt.caseId();
        contact.kind = command.kind();
        contact.channel = command.channel();
        contact.receivedAt = arrival.receivedAt();
        contact.persist();
        arrival.call().ifPresent(filed -> phoneCalls.fileUnder(filed.callId(), receipt.caseId()));
        if (command.personalData() != null) {
            personalData.hold(receipt.caseId(), receipt.contactId(), command.personalData(), arrival.receivedAt());
        }
        store.append(STREAM_TYPE, receipt.contactId().toString(), 0, List.of(NewEvent.of(received.event())),
                EventMetadata.newFlow(actor));
        // ids, kind and channel only: the line an operator follows a contact by (its trace id is on it)
        LOG.infof("Recording contact %s (%s by %s) as %s of case %s", receipt.contactId(), command.kind(),
                command.channel(), IntegrationEvents.of(received.event()).type(), receipt.caseNumber());
    }

    /** The reported call this contact files, locked so that two associates cannot file it twice. */
    private PhoneCalls.StoredCall callToFile(String callId) {
        PhoneCalls.StoredCall call = phoneCalls.find(callId, true)
                .orElseThrow(() -> ProblemException.notFound("No phone call " + callId + " has been reported."));
        if (call.caseId() != null) {
            throw new ProblemException(Problem.of(409, "Conflict", "Phone call " + callId
                    + " is already recorded as contact " + call.contactId() + "."));
        }
        return call;
    }
}
