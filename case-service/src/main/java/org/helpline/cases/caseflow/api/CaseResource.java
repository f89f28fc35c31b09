package org.helpline.cases.caseflow.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.cases.caseflow.CaseHandling;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.contracts.cases.CaseEvent;
import org.helpline.contracts.identity.Roles;
import org.helpline.platform.aggregate.Loaded;
import org.helpline.platform.eventstore.RecordedEvent;

/** Reading a case; the commands on it are in {@link CaseCommandResource}. */
@Path("/api/cases/{caseId}")
@Tag(name = "Cases", description = "The Case aggregate: classification, services, closure")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CaseHandling cases;

    // digital-security officers see the cases they escalate through escalation-service, not here
    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @GET
    @Operation(summary = "A case, with its version as ETag")
    @APIResponse(responseCode = "404", description = "Unknown case (or not yet arrived from intake)")
    @APIResponseSchema(value = CaseView.class, responseCode = "200", responseDescription = "The case; its version is the ETag")
    public Response get(@PathParam("caseId") UUID caseId) {
        return answer(cases.read(caseId));
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @GET
    @Path("history")
    @Operation(summary = "The case's events in order, without personal data")
    public List<HistoryEntry> history(@PathParam("caseId") UUID caseId) {
        cases.read(caseId);
        return cases.history(caseId).stream().map(HistoryEntry::of).toList();
    }

    /** The case as read or as a command left it, its version the ETag the next command sends as If-Match. */
    static Response answer(Loaded<CaseState> loaded) {
        CaseView view = CaseView.of(loaded.state(), loaded.version());
        return Response.ok(view).tag(new EntityTag(Integer.toString(view.version()))).build();
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
