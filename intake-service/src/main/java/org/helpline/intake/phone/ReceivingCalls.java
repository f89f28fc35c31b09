package org.helpline.intake.phone;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.intake.IntakeSettings;
import org.helpline.intake.phone.domain.CallerNumbers;
import org.helpline.intake.phone.domain.ReceiveCall;
import org.helpline.intake.phone.infrastructure.PhoneCalls;
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

    @Inject PhoneCalls calls;
    @Inject ObjectMapper json;
    @Inject Clock clock;
    @Inject IntakeSettings settings;

    private CallerNumbers callerNumbers;

    @PostConstruct
    void init() {
        callerNumbers = new CallerNumbers(KeyedHash.fromConfig(settings.phone().callerHashKey(),
                "helpline.phone.caller-hash-key"));
    }

    /** A replayed webhook (same call id) answers what the first one did and records nothing. */
    @Transactional
    public CallReceipt receive(ReceiveCall call) {
        List<ReceiveCall.Violation> violations = call.violations();
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Bad Request", "The call report has invalid fields.")
                    .withErrors(violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList()));
        }
        var known = calls.find(call.callId(), false);
        if (known.isPresent()) {
            return read(known.get().answer());
        }
        String callerHash = callerNumbers.hash(call.callerNumber());
        CallReceipt receipt = new CallReceipt(UUID.randomUUID(), calls.calledBefore(callerHash),
                calls.caseNumbersOf(callerHash));
        boolean inserted = calls.insertIfNew(new PhoneCalls.NewCall(call.callId(), receipt.contactId(), callerHash,
                call.startedAt(), call.endedAt(), blankToNull(call.language()), blankToNull(call.extension()),
                write(receipt), clock.instant()));
        if (!inserted) {
            // the same call reported twice at once: the other delivery won, answer as it did
            return read(calls.find(call.callId(), false).orElseThrow().answer());
        }
        return receipt;
    }

    @Transactional
    public CallView view(String callId) {
        PhoneCalls.StoredCall call = calls.find(callId, false)
                .orElseThrow(() -> ProblemException.notFound("No phone call " + callId + "."));
        CallReceipt receipt = read(call.answer());
        return new CallView(call.callId(), call.contactId(), call.startedAt(), call.endedAt(), call.language(),
                call.extension(), receipt.repeatCaller(), receipt.previousCaseNumbers(), call.caseId());
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
