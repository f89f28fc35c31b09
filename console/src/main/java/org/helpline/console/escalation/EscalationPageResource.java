package org.helpline.console.escalation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.RestForm;

import org.helpline.console.page.FormValues;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The digital-security team's page: the queue of escalations the cases' classifications call for (a suspended
 * channel's button disabled, with its reason), sending one, and the pending ones, the most overdue first, with
 * their age, their due date and a form for the platform's answer. The officer sees what she needs of a case (its
 * number and classification, from escalation-service), never its page or its personal data.
 */
@Path("/escalations")
@RolesAllowed({Roles.DIGITAL_SECURITY, Roles.SUPERVISOR})
@Produces(MediaType.TEXT_HTML)
public class EscalationPageResource {

    private static final int QUEUE_SIZE = 50;
    private static final int PENDING_SIZE = 100;

    /** The page: the queue, the pending escalations, the answers to choose from, and a notice after a refusal. */
    public record EscalationPage(Frame frame, List<EscalationService.Suggested> queue,
            List<EscalationService.Escalation> pending, String notice) {

        /** A new id for each form that sends an escalation: sent twice, it escalates once. */
        public UUID newEscalationId() {
            return UUID.randomUUID();
        }

        public List<EscalationOutcome> outcomes() {
            return List.of(EscalationOutcome.RESOLVED, EscalationOutcome.UNRESOLVED, EscalationOutcome.FORM_REQUESTED);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance escalations(EscalationPage page);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    EscalationService escalations;

    @Context
    UriInfo uri;

    @GET
    public Response page() {
        return page(Response.Status.OK, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@RestForm String escalationId, @RestForm String caseId, @RestForm String platform,
            @RestForm String reason) {
        Platform to = FormValues.valueOf(Platform.class, platform);
        EscalationReason why = FormValues.valueOf(EscalationReason.class, reason);
        UUID kase = FormValues.uuid(caseId);
        UUID id = FormValues.uuid(escalationId);
        if (to == null || why == null || kase == null || id == null) {
            return page(Response.Status.BAD_REQUEST, "notice_escalation_incomplete");
        }
        try {
            escalations.send(new EscalationService.NewEscalation(id, kase, to, why));
        } catch (ClientWebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status == 409 || status == 404) {
                // 409: the channel was suspended meanwhile; 404: escalation-service has not heard of the case yet
                return page(Response.Status.CONFLICT,
                        status == 409 ? "notice_escalation_refused" : "notice_escalation_case_not_known_yet");
            }
            throw refused;
        }
        return Response.seeOther(UriBuilder.fromPath("/escalations").fragment("pending").build()).build();
    }

    @POST
    @Path("{escalationId}/resolution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("escalationId") UUID escalationId, @RestForm String outcome) {
        EscalationOutcome answer = FormValues.valueOf(EscalationOutcome.class, outcome);
        if (answer == null) {
            return page(Response.Status.BAD_REQUEST, "notice_escalation_answer_required");
        }
        try {
            escalations.resolve(escalationId, new EscalationService.Resolution(answer));
        } catch (ClientWebApplicationException refused) {
            if (refused.getResponse().getStatus() == 409) {
                return page(Response.Status.CONFLICT, "notice_escalation_answered_meanwhile");
            }
            throw refused;
        }
        return Response.seeOther(UriBuilder.fromPath("/escalations").fragment("pending").build()).build();
    }

    private Response page(Response.Status status, String notice) {
        Frame frame = frames.of(uri).at("/escalations");
        EscalationPage page = new EscalationPage(frame, escalations.suggestions(QUEUE_SIZE),
                escalations.pending("PENDING", PENDING_SIZE), notice);
        return Response.status(status).entity(Templates.escalations(page).setLocale(frame.language().locale()))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

}
