package org.helpline.tools.stackclient;

import java.util.UUID;

import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;

/** escalation-service's {@code /api/escalations}, as far as the tools use it. */
public final class EscalationApi {

    private EscalationApi() {
    }

    public static String escalations(String escalations) {
        return escalations + "/api/escalations";
    }

    public static String resolution(String escalations, UUID escalationId) {
        return escalations + "/api/escalations/" + escalationId + "/resolution";
    }

    public record NewEscalation(UUID caseId, Platform platform, EscalationReason reason) {
    }

    public record Sent(UUID escalationId) {
    }

    public record Resolution(EscalationOutcome outcome) {
    }
}
