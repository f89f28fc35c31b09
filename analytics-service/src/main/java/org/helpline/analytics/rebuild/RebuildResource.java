package org.helpline.analytics.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.identity.Roles;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;

@Path("/api/projections/rebuild")
@Tag(name = "Projections", description = "How far the read models have caught up with the topics")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    @Inject ReadModelRebuild rebuild;

    @RolesAllowed(Roles.SUPERVISOR)
    @POST
    @Operation(summary = "Replay all topics into new read models while the current ones keep answering, then switch")
    @APIResponseSchema(value = ReadModelRebuild.Progress.class, responseCode = "202",
            responseDescription = "Started; follow it with GET")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public Response start() {
        if (!rebuild.start()) {
            throw new ProblemException(Problem.of(409, "Conflict", "A rebuild is already running."));
        }
        return Response.accepted(rebuild.progress()).build();
    }

    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR})
    @GET
    @Operation(summary = "The rebuild's state and progress: events done of total, events per second")
    public ReadModelRebuild.Progress progress() {
        return rebuild.progress();
    }
}
