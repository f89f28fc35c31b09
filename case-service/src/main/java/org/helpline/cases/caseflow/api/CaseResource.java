package org.helpline.cases.caseflow.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.cases.caseflow.CaseHandling;
import org.helpline.cases.caseflow.domain.CaseCommand;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.contracts.cases.CaseEvent;
import org.helpline.platform.aggregate.Loaded;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.RecordedEvent;
import org.helpline.platform.identity.Actor;
import org.helpline.platform.identity.Roles;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;

@Path("/api/cases/{caseId}")
@Tag(name = "Cases", description = "The Case aggregate: classification, services, closure")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private static final String IF_MATCH_DOC = "The case's ETag (its version) as last read; a stale one answers 409";

    private static final String DONE = "Done; the new ETag is in the header";

    private final CaseHandling cases;
    private final Clock clock;
    private final Actor actor;

    public CaseResource(CaseHandling cases, Clock clock, Actor actor) {
        this.cases = cases;
        this.clock = clock;
        this.actor = actor;
    }

    // digital-security officers see the cases they escalate through escalation-service, not here
    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @GET
    @Operation(summary = "A case, with its version as ETag")
    @APIResponse(responseCode = "404", description = "Unknown case (or not yet arrived from intake)")
    @APIResponseSchema(value = CaseView.class, responseCode = "200", responseDescription = "The case; its version is the ETag")
    public Response get(@PathParam("caseId") UUID caseId) {
        Loaded<CaseState> loaded = cases.read(caseId);
        return answer(CaseView.of(loaded.state(), loaded.version()));
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @GET
    @Path("history")
    @Operation(summary = "The case's events in order, without personal data")
    public List<HistoryEntry> history(@PathParam("caseId") UUID caseId) {
        cases.read(caseId);
        return cases.history(caseId).stream().map(HistoryEntry::of).toList();
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.SUPERVISOR})
    @POST
    @Path("classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify (or reclassify) the complaint")
    @APIResponseSchema(value = CaseView.class, responseCode = "200",
            responseDescription = "Classified; the new ETag is in the header")
    @APIResponse(responseCode = "409", description = "Stale If-Match, or the case is closed")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response classify(@PathParam("caseId") UUID caseId,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseRequests.Classification body) {
        return handle(new CaseCommand.ClassifyComplaint(caseId, body.category(), body.complaintTypes(),
                body.platforms(), body.harasserGender(), body.relationship(), body.mentalHealthConcern(),
                clock.instant()), ifMatch);
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @POST
    @Path("services")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a service given on the case")
    @APIResponse(responseCode = "409", description = "Stale If-Match, or the case is closed")
    @APIResponseSchema(value = CaseView.class, responseCode = "200", responseDescription = DONE)
    public Response provideService(@PathParam("caseId") UUID caseId,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseRequests.ServiceGiven body) {
        return handle(new CaseCommand.ProvideService(caseId, body.service(), clock.instant()), ifMatch);
    }

    @RolesAllowed(Roles.SUPERVISOR) // who reads a case's personal data follows from it (NeedToKnow)
    @POST
    @Path("assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the case to an associate (again to the same one changes nothing)")
    @APIResponse(responseCode = "409", description = "Stale If-Match, or the case is closed")
    @APIResponseSchema(value = CaseView.class, responseCode = "200", responseDescription = DONE)
    public Response assign(@PathParam("caseId") UUID caseId,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseRequests.Assignment body) {
        return handle(new CaseCommand.AssignCase(caseId, body.assignee(), clock.instant()), ifMatch);
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @POST
    @Path("closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close the case with an outcome")
    @APIResponse(responseCode = "409", description = "Stale If-Match, or already closed")
    @APIResponseSchema(value = CaseView.class, responseCode = "200", responseDescription = DONE)
    public Response close(@PathParam("caseId") UUID caseId,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseRequests.Closure body) {
        return handle(new CaseCommand.CloseCase(caseId, body.outcome(), clock.instant()), ifMatch);
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @POST
    @Path("reopening")
    @Operation(summary = "Reopen a closed case")
    @APIResponse(responseCode = "409", description = "Stale If-Match, or the case is open")
    @APIResponseSchema(value = CaseView.class, responseCode = "200", responseDescription = DONE)
    public Response reopen(@PathParam("caseId") UUID caseId,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return handle(new CaseCommand.ReopenCase(caseId, clock.instant()), ifMatch);
    }

    private Response handle(CaseCommand command, String ifMatch) {
        Loaded<CaseState> after = cases.handle(command, OptionalInt.of(version(ifMatch)),
                EventMetadata.newFlow(actor.name())).after();
        return answer(CaseView.of(after.state(), after.version()));
    }

    private static Response answer(CaseView view) {
        return Response.ok(view).tag(new EntityTag(Integer.toString(view.version()))).build();
    }

    /** Accepts {@code "3"}, {@code W/"3"} and a bare {@code 3}. */
    static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(428, "Precondition Required",
                    "Send If-Match with the case's ETag, so that two associates cannot overwrite each other."));
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match must be the ETag of the case, e.g. \"3\".");
        }
    }

    /** One event of the case's stream, as published (ids, vocabulary values, times: never personal data). */
    public record HistoryEntry(int version, String type, Instant recordedAt, CaseEvent event) {
        static HistoryEntry of(RecordedEvent recorded) {
            // a case's stream holds case events only: the command loop refuses to fold anything else
            return new HistoryEntry(recorded.version(), recorded.type(), recorded.recordedAt(),
                    (CaseEvent) recorded.event());
        }
    }
}
