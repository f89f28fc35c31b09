package org.helpline.intake.phone;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.contracts.contacts.CallEnded;
import org.helpline.intake.IntakeSettings;
import org.helpline.intake.phone.domain.CallerNumbers;
import org.helpline.intake.phone.domain.ReceiveCall;
import org.helpline.intake.phone.infrastructure.PhoneCalls;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.privacy.KeyedHash;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;

/**
 * Records calls the telephony platform reports. A call is a contact waiting to be filed: the associate
 * who took it records it through {@code POST /api/contacts} with its {@code callId}, as a new case or as
 * a follow-up, and the contact keeps the call's contact id.
 */
@ApplicationScoped
public class ReceivingCalls {

    /** A call's stream in intake's event store holds its CallEnded. */
    static final String STREAM_TYPE = "call";

    @Inject PhoneCalls calls;
    @Inject EventStore store;
    @Inject ObjectMapper json;
    @Inject Clock clock;
    @Inject IntakeSettings settings;

    private CallerNumbers callerNumbers;

    @PostConstruct
    void init() {
        callerNumbers = new CallerNumbers(KeyedHash.fromConfig(settings.phone().callerHashKey(),
                "helpline.phone.caller-hash-key"));
    }

    /**
     * Records a call when it rings and its end when it ends; the end publishes CallEnded, once. A replayed
     * webhook (same call id) answers what the first report did and records nothing new.
     */
    @Transactional
    public CallReceipt receive(ReceiveCall call, String actor) {
        List<ReceiveCall.Violation> violations = call.violations();
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        var known = calls.find(call.callId(), true);
        if (known.isEmpty()) {
            String callerHash = callerNumbers.hash(call.callerNumber());
            CallReceipt receipt = new CallReceipt(UUID.randomUUID(), calls.calledBefore(callerHash),
                    calls.caseNumbersOf(callerHash));
            if (calls.insertIfNew(new PhoneCalls.NewCall(call.callId(), receipt.contactId(), callerHash,
                    call.startedAt(), call.endedAt(), call.answered(), blankToNull(call.language()),
                    blankToNull(call.extension()), write(receipt), clock.instant()))) {
                if (call.ended()) {
                    publishEnd(call.callId(), receipt.contactId(), call.startedAt(), call.endedAt(), call.answered(),
                            actor);
                }
                return receipt;
            }
            // the same call reported twice at once: the other delivery won; wait for it, then go on as a replay
            known = calls.find(call.callId(), true);
        }
        PhoneCalls.StoredCall stored = known.orElseThrow();
        if (call.ended() && !stored.ended()) {
            if (call.endedAt().isBefore(stored.startedAt())) {
                throw invalid(List.of(new ReceiveCall.Violation("endedAt", "must not be before the call's startedAt")));
            }
            calls.end(stored.callId(), call.endedAt(), call.answered());
            publishEnd(stored.callId(), stored.contactId(), stored.startedAt(), call.endedAt(), call.answered(), actor);
        }
        return read(stored.answer());
    }

    private static ProblemException invalid(List<ReceiveCall.Violation> violations) {
        return new ProblemException(Problem.of(400, "Bad Request", "The call report has invalid fields.")
                .withErrors(violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList()));
    }

    private void publishEnd(String callId, UUID contactId, Instant startedAt, Instant endedAt, boolean answered,
            String actor) {
        store.append(STREAM_TYPE, callId, 0,
                List.of(NewEvent.of(new CallEnded(callId, contactId, startedAt, endedAt, answered))),
                EventMetadata.newFlow(actor));
    }

    @Transactional
    public CallView view(String callId) {
        PhoneCalls.StoredCall call = calls.find(callId, false)
                .orElseThrow(() -> ProblemException.notFound("No phone call " + callId + "."));
        CallReceipt receipt = read(call.answer());
        return new CallView(call.callId(), call.contactId(), call.startedAt(), call.endedAt(), call.answered(),
                call.language(), call.extension(), receipt.repeatCaller(), receipt.previousCaseNumbers(),
                call.caseId());
    }

    private CallReceipt read(String answer) {
        try {
            return json.readValue(answer, CallReceipt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored call answer is unreadable", e);
        }
    }

    private String write(CallReceipt receipt) {
        try {
            return json.writeValueAsString(receipt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
