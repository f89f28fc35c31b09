package org.helpline.intake.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.ContactKind;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.SourceOfContact;
import org.helpline.geo.City;
import org.helpline.geo.Gazetteer;
import org.helpline.intake.contact.api.ContactReceipt;
import org.helpline.intake.contact.domain.CaseIdentity;
import org.helpline.intake.contact.domain.ReceiveContact;
import org.helpline.intake.contact.infrastructure.CaseNumbers;
import org.helpline.intake.contact.infrastructure.ContactRecord;
import org.helpline.intake.contact.infrastructure.IdempotencyKeys;
import org.helpline.intake.contact.infrastructure.IntakeCase;
import org.helpline.intake.personaldata.PersonalDataHandoff;
import org.helpline.intake.phone.infrastructure.PhoneCalls;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.intake.tracking.TrackingCodes;
import org.helpline.platform.privacy.KeyedHash;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;

/**
 * Records a contact: a NEW one opens a case (CaseOpened), a FOLLOW_UP adds to one (FollowUpReceived).
 * Each contact is its own stream in intake's event store; the event reaches Kafka through the outbox.
 */
@ApplicationScoped
public class ReceivingContact {

    static final String STREAM_TYPE = "contact";
    private static final String FINGERPRINT_SCHEME = "hmac-sha256:";
    private static final String CALLER_FINGERPRINT_SCHEME = "hmac-sha256-caller:";

    private final EventStore store;
    private final CaseNumbers caseNumbers;
    private final IdempotencyKeys idempotencyKeys;
    private final PhoneCalls phoneCalls;
    private final PersonalDataHandoff personalData;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final KeyedHash fingerprints;
    private final TrackingCodes trackingCodes;

    /** @param zone the helpline's time zone: a case is numbered in the year it was received there */
    public ReceivingContact(EventStore store, CaseNumbers caseNumbers, IdempotencyKeys idempotencyKeys,
            PhoneCalls phoneCalls, PersonalDataHandoff personalData, TrackingCodes trackingCodes, ObjectMapper json,
            Clock clock,
            @ConfigProperty(name = "helpline.zone", defaultValue = "Asia/Karachi") ZoneId zone,
            @ConfigProperty(name = "helpline.idempotency.fingerprint-key") String fingerprintKey) {
        this.store = store;
        this.caseNumbers = caseNumbers;
        this.idempotencyKeys = idempotencyKeys;
        this.phoneCalls = phoneCalls;
        this.personalData = personalData;
        this.trackingCodes = trackingCodes;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
        this.fingerprints = KeyedHash.fromConfig(fingerprintKey, "helpline.idempotency.fingerprint-key");
    }

    /**
     * @param idempotencyKey with {@code requestFingerprint}: a retry of the same request answers the
     *        first receipt and records nothing; the same key with another request is refused (422)
     */
    @Transactional
    public ContactReceipt receive(ReceiveContact command, Optional<String> idempotencyKey, Object requestFingerprint,
            String actor) {
        List<ReceiveContact.Violation> violations = command.violations();
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Bad Request", "The contact is incomplete.")
                    .withErrors(violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList()));
        }
        if (idempotencyKey.isPresent()) {
            String fingerprint = fingerprint(actor, requestFingerprint);
            Optional<IdempotencyKeys.Stored> first = idempotencyKeys.claim(idempotencyKey.get(), fingerprint);
            if (first.isPresent()) {
                return replay(first.get(), fingerprint, requestFingerprint);
            }
        }
        Optional<PhoneCalls.StoredCall> call = command.callId() == null ? Optional.empty()
                : Optional.of(callToFile(command.callId()));
        Instant receivedAt = command.receivedAt() != null ? command.receivedAt()
                : call.map(PhoneCalls.StoredCall::startedAt).orElseGet(clock::instant);
        UUID contactId = call.map(PhoneCalls.StoredCall::contactId).orElseGet(UUID::randomUUID);
        ContactReceipt receipt;
        IntegrationEvent event;
        if (command.kind() == ContactKind.NEW) {
            int year = receivedAt.atZone(zone).getYear();
            String caseNumber = CaseIdentity.caseNumber(year, caseNumbers.next(year));
            receipt = new ContactReceipt(contactId, UUID.randomUUID(), caseNumber, CaseIdentity.newTrackingCode());
            event = caseOpened(command, receipt, receivedAt);
        } else {
            IntakeCase known = IntakeCase.<IntakeCase>findByIdOptional(command.caseId())
                    .orElseThrow(() -> ProblemException.notFound("No case " + command.caseId() + " to follow up."));
            // the tracking code was given once, when the case was opened: it is kept only as a hash
            receipt = new ContactReceipt(contactId, known.caseId, known.caseNumber, null);
            event = new FollowUpReceived(known.caseId, contactId, receivedAt, command.channel());
        }
        if (idempotencyKey.isPresent()) {
            idempotencyKeys.answer(idempotencyKey.get(), toJson(receipt));
        }
        record(command, receipt, receivedAt);
        call.ifPresent(filed -> phoneCalls.fileUnder(filed.callId(), receipt.caseId()));
        if (command.personalData() != null) {
            personalData.hold(receipt.caseId(), receipt.contactId(), command.personalData(), receivedAt);
        }
        store.append(STREAM_TYPE, contactId.toString(), 0, List.of(NewEvent.of(event)), EventMetadata.newFlow(actor));
        return receipt;
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

    /**
     * The city as the gazetteer spells it ("Pindi" is Rawalpindi) and its province when none was given;
     * a city the gazetteer does not know is kept as given, with the province given or UNKNOWN.
     */
    private static CaseOpened caseOpened(ReceiveContact command, ContactReceipt receipt, Instant receivedAt) {
        ReceiveContact.Complainant who = command.complainant();
        Optional<City> city = Gazetteer.pakistan().find(who.city());
        String cityName = city.map(City::name).orElse(blankToNull(who.city()));
        Province province = who.province() != null ? who.province()
                : city.map(City::province).orElse(Province.UNKNOWN);
        return new CaseOpened(receipt.caseId(), receipt.contactId(), receipt.caseNumber(), receivedAt,
                command.channel(), who.ageBand(), who.gender(), cityName, province, who.callerType(),
                orDefault(who.sourceOfContact(), SourceOfContact.UNKNOWN),
                orDefault(who.occupation(), Occupation.NONE), orDefault(who.community(), Community.NONE));
    }

    private void record(ReceiveContact command, ContactReceipt receipt, Instant receivedAt) {
        if (command.kind() == ContactKind.NEW) {
            IntakeCase opened = new IntakeCase();
            opened.caseId = receipt.caseId();
            opened.caseNumber = receipt.caseNumber();
            opened.trackingHash = trackingCodes.hash(receipt.trackingCode());
            opened.openedAt = receivedAt;
            opened.persist();
        }
        ContactRecord contact = new ContactRecord();
        contact.contactId = receipt.contactId();
        contact.caseId = receipt.caseId();
        contact.kind = command.kind();
        contact.channel = command.channel();
        contact.receivedAt = receivedAt;
        contact.persist();
    }

    private ContactReceipt replay(IdempotencyKeys.Stored first, String fingerprint, Object request) {
        String stored = first.requestHash();
        if (!stored.equals(fingerprint) && !stored.equals(fingerprintWithoutCaller(request))
                && !stored.equals(legacyFingerprint(request))) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content",
                    "This Idempotency-Key was already used for a different request."));
        }
        try {
            return json.readValue(first.response(), ContactReceipt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent answer is unreadable", e);
        }
    }

    /**
     * Keyed, because the body may carry personal data and the fingerprint is kept for days; and the caller's
     * account is part of it, so that nobody else replays a receipt (and its tracking code) by sending the same
     * key and body: another account gets 422.
     */
    private String fingerprint(String actor, Object request) {
        return CALLER_FINGERPRINT_SCHEME + fingerprints.hex(actor + "\n" + toJson(request));
    }

    /** Keys stored before the caller was part of the fingerprint are honoured until they expire (48 h). */
    private String fingerprintWithoutCaller(Object request) {
        return FINGERPRINT_SCHEME + fingerprints.hex(toJson(request));
    }

    /**
     * Keys stored before fingerprints were keyed (plain SHA-256, no scheme prefix) are still honoured until
     * they expire (48 h), so that a client retrying across the upgrade gets its first answer, not a 422.
     * Remove once no such key can be left.
     */
    private String legacyFingerprint(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(toJson(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
