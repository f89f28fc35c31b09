package org.helpline.cases.caseflow.api;

import java.time.Clock;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.cases.caseflow.CaseHandling;
import org.helpline.cases.caseflow.domain.CaseCommand;
import org.helpline.cases.staff.StaffAccounts;
import org.helpline.contracts.identity.Roles;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.identity.Actor;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;

/**
 * The commands on a case. Each is sent with the case's ETag as {@code If-Match}, so that two associates
 * cannot overwrite each other: the class-level answers (the case as the command left it, 409, 428) are
 * those of every command, unless one declares its own.
 */
@Path("/api/cases/{caseId}")
@Tag(name = "Cases", description = "The Case aggregate: classification, services, closure")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = "Done; the new ETag is in the header",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
@APIResponse(responseCode = "409", description = "Stale If-Match, or the case is closed")
@APIResponse(responseCode = "428", description = "If-Match missing")
public class CaseCommandResource {

    @Inject
    CaseHandling cases;
    @Inject
    Clock clock;
    @Inject
    Actor actor;
    @Inject
    StaffAccounts staff;

    /** Which case a command is for, and the version of it its sender last read (If-Match). */
    public static final class Target {

        @PathParam("caseId")
        UUID caseId;

        @Parameter(description = "The case's ETag (its version) as last read; a stale one answers 409")
        @HeaderParam(HttpHeaders.IF_MATCH)
        String ifMatch;

        /** Accepts {@code "3"}, {@code W/"3"} and a bare {@code 3}. */
        int expectedVersion() {
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
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.SUPERVISOR})
    @POST
    @Path("classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify (or reclassify) the complaint")
    @APIResponseSchema(value = CaseView.class, responseCode = "200",
            responseDescription = "Classified; the new ETag is in the header")
    public Response classify(@BeanParam Target target, @Valid @NotNull CaseRequests.Classification body) {
        return handle(target, new CaseCommand.ClassifyComplaint(target.caseId, body.category(),
                body.complaintTypes(), body.platforms(), body.harasserGender(), body.relationship(),
                body.mentalHealthConcern(), clock.instant()));
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @POST
    @Path("services")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a service given on the case")
    public Response provideService(@BeanParam Target target, @Valid @NotNull CaseRequests.ServiceGiven body) {
        return handle(target, new CaseCommand.ProvideService(target.caseId, body.service(), clock.instant()));
    }

    @RolesAllowed(Roles.SUPERVISOR) // who reads a case's personal data follows from it (NeedToKnow)
    @POST
    @Path("assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the case to a staff member who works on cases (again to the same one changes nothing)")
    @APIResponse(responseCode = "422", description = "Not an enabled staff account with a case role (associate, "
            + "legal, digital-security, supervisor)")
    @APIResponse(responseCode = "502", description = "The identity server could not be asked; nothing was recorded")
    public Response assign(@BeanParam Target target, @Valid @NotNull CaseRequests.Assignment body) {
        String assignee = staff.assignable(body.assignee());
        return handle(target, new CaseCommand.AssignCase(target.caseId, assignee, clock.instant()));
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @POST
    @Path("closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close the case with an outcome")
    @APIResponse(responseCode = "409", description = "Stale If-Match, or already closed")
    public Response close(@BeanParam Target target, @Valid @NotNull CaseRequests.Closure body) {
        return handle(target, new CaseCommand.CloseCase(target.caseId, body.outcome(), clock.instant()));
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @POST
    @Path("reopening")
    @Operation(summary = "Reopen a closed case")
    @APIResponse(responseCode = "409", description = "Stale If-Match, or the case is open")
    public Response reopen(@BeanParam Target target) {
        return handle(target, new CaseCommand.ReopenCase(target.caseId, clock.instant()));
    }

    private Response handle(Target target, CaseCommand command) {
        return CaseResource.answer(cases.handle(command, OptionalInt.of(target.expectedVersion()),
                EventMetadata.newFlow(actor.name())).after());
    }
}
