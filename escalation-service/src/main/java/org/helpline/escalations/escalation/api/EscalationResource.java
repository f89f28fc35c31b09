package org.helpline.escalations.escalation.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.identity.Roles;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.escalation.Escalating;
import org.helpline.escalations.escalation.domain.EscalationState;
import org.helpline.escalations.escalation.listing.EscalationViews;
import org.helpline.escalations.suggestion.EscalationSuggestions;
import org.helpline.platform.identity.Actor;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.problem.QueryParameters;

@Path("/api/escalations")
@Tag(name = "Escalations", description = "Content and accounts escalated to platforms through trusted-partner channels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DIGITAL_SECURITY, Roles.SUPERVISOR})
public class EscalationResource {

    private static final String NO_SUCH_ESCALATION = "No such escalation";

    @Inject
    Escalating escalating;
    @Inject
    EscalationViews views;
    @Inject
    EscalationSuggestions suggestions;
    @Inject
    Actor actor;

    /** {@code escalationId}: optional, the client's own id for it (a rendered form's): sent twice, it is sent once. */
    public record NewEscalation(UUID escalationId, @NotNull UUID caseId, @NotNull Platform platform,
            @NotNull EscalationReason reason) {
    }

    public record Resolution(@NotNull EscalationOutcome outcome) {
    }

    /** The new escalation's id (its Location is in the header). */
    public record Sent(UUID escalationId) {
    }

    /** An escalation and, once the platform answered (or the ageing period ran out), its outcome. */
    public record Escalation(UUID escalationId, UUID caseId, Platform platform, EscalationReason reason, Instant sentAt,
            EscalationOutcome outcome, Instant resolvedAt, boolean resolved) {

        static Escalation of(EscalationState state) {
            return new Escalation(state.escalationId(), state.caseId(), state.platform(), state.reason(),
                    state.sentAt(), state.outcome(), state.resolvedAt(), state.isResolved());
        }
    }

    /**
     * A classified case and the escalations its classification calls for: the case's number (null for a case
     * this service learnt of before it kept numbers) and its latest classification (category null if classified
     * before this service kept it), since digital-security officers do not read case-service.
     */
    public record Suggestions(UUID caseId, String caseNumber, Category category, List<ComplaintType> complaintTypes,
            List<Platform> platforms, Instant classifiedAt, List<Suggestion> escalations) {

        static Suggestions of(EscalationSuggestions.Suggested suggested) {
            return new Suggestions(suggested.caseId(), suggested.caseNumber(), suggested.category(),
                    suggested.complaintTypes(), suggested.platforms(), suggested.classifiedAt(),
                    suggested.escalations().stream().map(s -> new Suggestion(s.platform(), s.reason(),
                            s.channelStatus(), s.channelReason())).toList());
        }
    }

    /**
     * One escalation called for, and its platform's channel now: SUSPENDED means sending is refused (409) until
     * the channel is ACTIVE again; {@code channelReason} is the channel's reason as staff last set it, or null.
     */
    public record Suggestion(Platform platform, EscalationReason reason, ChannelStatus channelStatus,
            String channelReason) {
    }

    /** One platform's figures, counted as {@link EscalationViews.Figures} says. */
    public record PlatformFigures(Platform platform, long sent, long resolved, long unresolved, long pending,
            double resolutionRate, Double medianHoursToAnswer) {

        static PlatformFigures of(Map.Entry<Platform, EscalationViews.Figures> platform) {
            EscalationViews.Figures f = platform.getValue();
            return new PlatformFigures(platform.getKey(), f.sent(), f.resolved(), f.unresolved(), f.pending(),
                    f.resolutionRate(), f.medianHoursToAnswer());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Escalate a case's content or account to a platform")
    @APIResponseSchema(value = Sent.class, responseCode = "201", responseDescription = "Sent; the answer names the escalation")
    @APIResponse(responseCode = "404", description = "Unknown case")
    @APIResponse(responseCode = "409", description = "The platform's trusted-partner channel is SUSPENDED, or the "
            + "escalationId was used for another case, platform or reason")
    public Response send(@Valid @NotNull NewEscalation body) {
        EscalationState sent = escalating.send(body.escalationId(), body.caseId(), body.platform(), body.reason(),
                actor.name());
        return Response.created(URI.create("/api/escalations/" + sent.escalationId()))
                .entity(new Sent(sent.escalationId())).build();
    }

    /**
     * Associates and legal staff read the escalations of the case they work on (the case page's timeline), never
     * the whole list: that is the digital-security team's queue.
     */
    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.DIGITAL_SECURITY, Roles.SUPERVISOR})
    @GET
    @Operation(summary = "Escalations by case, platform, state (PENDING or ANSWERED) and overdue; pending ones "
            + "(state=PENDING or overdue=true) most overdue first, then due soonest; others newest first")
    @APIResponse(responseCode = "400", description = "An unknown filter value (problem+json lists the allowed ones), "
            + "or state=ANSWERED with overdue=true")
    @APIResponse(responseCode = "403", description = "Associates and legal staff must name the case (caseId)")
    @APIResponse(responseCode = "200", description = "One page of escalations")
    public List<EscalationViews.View> list(@QueryParam("caseId") UUID caseId, @QueryParam("platform") String platform,
            @QueryParam("state") String state,
            @QueryParam("overdue") @Parameter(description = "true: pending and past dueAt; false: answered, or pending "
                    + "within its period", schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        if (caseId == null && !actor.is(Roles.DIGITAL_SECURITY) && !actor.is(Roles.SUPERVISOR)) {
            throw new ProblemException(Problem.of(403, "Forbidden", "Associates and legal staff read the escalations "
                    + "of one case: name it with caseId."));
        }
        EscalationViews.State inState = QueryParameters.vocabulary(EscalationViews.State.class, "state", state);
        Boolean pastDue = QueryParameters.flag("overdue", overdue);
        if (inState == EscalationViews.State.ANSWERED && Boolean.TRUE.equals(pastDue)) {
            throw ProblemException.badRequest("An answered escalation is never overdue: state=ANSWERED and "
                    + "overdue=true exclude each other.");
        }
        return views.list(caseId, QueryParameters.vocabulary(Platform.class, "platform", platform), inState, pastDue,
                QueryParameters.range("page", page, 0, 0, 1_000_000), QueryParameters.range("size", size, 50, 1, 500));
    }

    @RolesAllowed({Roles.DIGITAL_SECURITY, Roles.ANALYST, Roles.SUPERVISOR})
    @GET
    @Path("figures")
    @Operation(summary = "Per platform: sent, resolved, unresolved, pending, resolution rate, median hours to answer")
    @APIResponse(responseCode = "200",
            description = "One entry per platform escalated to (in the year, if given), in the vocabulary's order")
    public List<PlatformFigures> figures(@QueryParam("year") Integer year) {
        return views.figures(year).entrySet().stream().map(PlatformFigures::of).toList();
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Open cases whose classification calls for an escalation they have not had, oldest "
            + "classification first, with each case's number and classification and each platform's channel status")
    @APIResponse(responseCode = "200", description = "Up to size cases")
    public List<Suggestions> suggestions(@QueryParam("size") Integer size) {
        return suggestions.list(QueryParameters.range("size", size, 50, 1, 500)).stream().map(Suggestions::of)
                .toList();
    }

    /** Associates and legal staff too: the case page shows its escalations' outcomes. */
    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.DIGITAL_SECURITY, Roles.SUPERVISOR})
    @GET
    @Path("{escalationId}")
    @Operation(summary = "One escalation and, once answered, its outcome")
    @APIResponse(responseCode = "200", description = "The escalation")
    @APIResponse(responseCode = "404", description = NO_SUCH_ESCALATION)
    public Escalation get(@PathParam("escalationId") UUID escalationId) {
        return Escalation.of(escalating.read(escalationId));
    }

    @POST
    @Path("{escalationId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the platform's answer")
    @APIResponse(responseCode = "409", description = "Already resolved")
    @APIResponse(responseCode = "200", description = "Resolved")
    @APIResponse(responseCode = "404", description = NO_SUCH_ESCALATION)
    public Escalation resolve(@PathParam("escalationId") UUID escalationId, @Valid @NotNull Resolution body) {
        return Escalation.of(escalating.resolve(escalationId, body.outcome(), actor.name()));
    }
}
