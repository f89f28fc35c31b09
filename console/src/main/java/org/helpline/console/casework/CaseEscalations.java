package org.helpline.console.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.helpline.console.session.SignedInPersonsToken;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;

import io.quarkus.qute.TemplateData;

/**
 * What the case page reads of escalation-service: the case's escalations and their answers (associates and
 * lawyers may read them for the timeline; sending and answering is the digital-security team's).
 */
@RegisterRestClient(configKey = "escalation-service")
@RegisterProvider(SignedInPersonsToken.class)
@Path("/api/escalations")
@Produces(MediaType.APPLICATION_JSON)
public interface CaseEscalations {

    @GET
    List<CaseEscalation> ofCase(@QueryParam("caseId") UUID caseId, @QueryParam("size") int size);

    /** An escalation of the case, and once the platform answered (or the period ran out) its outcome. */
    @TemplateData
    record CaseEscalation(UUID escalationId, Platform platform, EscalationReason reason, Instant sentAt,
            EscalationOutcome outcome, Instant resolvedAt) {

        /** Sent, and answered if it was, as moments of the case's timeline. */
        public List<Moment> moments() {
            List<Moment> moments = new ArrayList<>();
            moments.add(new EscalationMoment(this, null, sentAt));
            if (outcome != null && resolvedAt != null) {
                moments.add(new EscalationMoment(this, outcome, resolvedAt));
            }
            return moments;
        }
    }

    /** An escalation sent ({@code outcome} null) or answered. */
    @TemplateData
    record EscalationMoment(CaseEscalation escalation, EscalationOutcome outcome, Instant at) implements Moment {

        @Override
        public String kind() {
            return "escalation";
        }
    }
}
