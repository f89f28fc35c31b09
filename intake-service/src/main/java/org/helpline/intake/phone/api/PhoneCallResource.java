package org.helpline.intake.phone.api;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.identity.Roles;
import org.helpline.intake.phone.CallReceipt;
import org.helpline.intake.phone.CallView;
import org.helpline.intake.phone.ReceivingCalls;
import org.helpline.intake.phone.domain.ReceiveCall;
import org.helpline.platform.identity.Actor;

@Path("/api/phone/calls")
@Tag(name = "Phone calls", description = "Webhooks of the telephony platform; the caller's number is never stored")
@Produces(MediaType.APPLICATION_JSON)
public class PhoneCallResource {

    @Inject ReceivingCalls receiving;
    @Inject Actor actor;

    // the answer links a number to earlier cases: only the telephony platform, which has the number anyway
    @RolesAllowed(Roles.PHONE_SYSTEM)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a ringing or an ended call; says whether the number called before, and about which"
            + " cases", description = "Report the call when it starts ringing (no endedAt) and again when it ends"
                    + " (endedAt and answered): the end publishes CallEnded on helpline.contacts, once.")
    @APIResponse(responseCode = "200", description = "Recorded (or replayed: the same callId gets the same answer)")
    @APIResponse(responseCode = "400", description = "Invalid call report (problem+json names the fields)")
    public CallReceipt receive(@Valid @NotNull PhoneCallRequest request) {
        return receiving.receive(new ReceiveCall(request.callId(), request.callerNumber(),
                request.startedAt().toInstant(),
                request.endedAt() == null ? null : request.endedAt().toInstant(), request.answered(),
                request.language(), request.extension()), actor.name());
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.SUPERVISOR})
    @GET
    @Path("{callId}")
    @Operation(summary = "A recorded call, without the number")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "200", description = "The call as recorded")
    public CallView get(@PathParam("callId") String callId) {
        return receiving.view(callId);
    }
}
