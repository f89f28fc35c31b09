package org.helpline.console.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.helpline.console.session.SignedInPersonsToken;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;

import io.quarkus.qute.TemplateData;

/**
 * escalation-service's REST API as the digital-security pages call it, with the signed-in person's own token: the
 * queue of suggested escalations (with what the officer needs of each case, since she does not read case-service),
 * sending, the pending ones and their answers, the platforms' channels.
 */
@RegisterRestClient(configKey = "escalation-service")
@RegisterProvider(SignedInPersonsToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface EscalationService {

    @GET
    @Path("escalations/suggestions")
    List<Suggested> suggestions(@QueryParam("size") int size);

    /** {@code state=PENDING}: the most overdue first, then those due soonest. */
    @GET
    @Path("escalations")
    List<Escalation> pending(@QueryParam("state") String state, @QueryParam("size") int size);

    /** {@code overdue=true}: unanswered past their due time, the most overdue first. */
    @GET
    @Path("escalations")
    List<Escalation> overdue(@QueryParam("overdue") boolean overdue, @QueryParam("size") int size);

    /** 409 when the platform's channel is suspended; 404 for a case this service does not know (yet). */
    @POST
    @Path("escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    Sent send(NewEscalation escalation);

    /** 409 when it was answered before (by someone else, or by the ageing clock). */
    @POST
    @Path("escalations/{escalationId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    Resolved resolve(@PathParam("escalationId") UUID escalationId, Resolution resolution);

    @GET
    @Path("platform-channels")
    List<Channel> channels();

    @PUT
    @Path("platform-channels/{platform}")
    @Consumes(MediaType.APPLICATION_JSON)
    Channel changeChannel(@PathParam("platform") Platform platform, ChannelChange change);

    /** A classified case, what the officer needs of it, and the escalations its classification calls for. */
    @TemplateData
    record Suggested(UUID caseId, String caseNumber, Category category, List<ComplaintType> complaintTypes,
            List<Platform> platforms, Instant classifiedAt, List<Suggestion> escalations) {
    }

    /** One escalation called for; a SUSPENDED channel refuses it, for the reason staff gave. */
    @TemplateData
    record Suggestion(Platform platform, EscalationReason reason, ChannelStatus channelStatus, String channelReason) {

        public boolean suspended() {
            return channelStatus == ChannelStatus.SUSPENDED;
        }
    }

    /** An escalation as the listing has it; {@code overdue}: unanswered past its due time. */
    @TemplateData
    record Escalation(UUID escalationId, UUID caseId, String caseNumber, Platform platform, EscalationReason reason,
            Instant sentAt, Instant dueAt, EscalationOutcome outcome, Instant resolvedAt, boolean overdue) {
    }

    /** {@code escalationId}: the rendered form's own, so that a form sent twice escalates once. */
    record NewEscalation(UUID escalationId, UUID caseId, Platform platform, EscalationReason reason) {
    }

    record Sent(UUID escalationId) {
    }

    record Resolution(EscalationOutcome outcome) {
    }

    record Resolved(UUID escalationId, EscalationOutcome outcome) {
    }

    @TemplateData
    record Channel(Platform platform, ChannelStatus status, String reason, Instant changedAt) {

        /** The ids of this channel's form fields (one form per platform on the page). */
        public String statusField() {
            return "status-" + platform.name();
        }

        public String reasonField() {
            return "reason-" + platform.name();
        }
    }

    record ChannelChange(ChannelStatus status, String reason) {
    }
}
