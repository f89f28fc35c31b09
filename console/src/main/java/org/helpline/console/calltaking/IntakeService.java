package org.helpline.console.calltaking;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.helpline.console.session.SignedInPersonsToken;

/** intake-service's REST API as the console calls it, with the signed-in person's own access token. */
@RegisterRestClient(configKey = "intake-service")
@RegisterProvider(SignedInPersonsToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface IntakeService {

    /** {@code GET /api/phone/calls/{callId}}: a reported call, never its number. */
    @GET
    @Path("/phone/calls/{callId}")
    CallView call(@PathParam("callId") String callId);

    /**
     * {@code POST /api/contacts}: the same key with the same contact answers the first receipt and records nothing,
     * so a double click or a resent form makes one case.
     */
    @POST
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    ContactReceipt record(@HeaderParam("Idempotency-Key") String idempotencyKey, NewContact contact);
}
