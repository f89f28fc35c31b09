package org.helpline.cases.personaldata.keys;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.identity.Roles;
import org.helpline.platform.privacy.HandoffKey;

@Path("/api/personal-data")
@Tag(name = "Personal data", description = "Survivors' personal data, encrypted per case")
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    @Inject
    HandoffKeys handoffKeys;
    @Inject
    KeyRotation rotation;

    @GET
    @Path("handoff-key")
    @RolesAllowed(Roles.CASE_HANDOFF)
    @Operation(summary = "The public key intake seals personal data to (it changes at each rotation)")
    @APIResponse(responseCode = "200", description = "The current handoff key's id and X.509 public key (base64)")
    public HandoffKey handoffKey() {
        return handoffKeys.current();
    }

    @POST
    @Path("key-rotations")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Rotate the keys now: a new key-encryption key and handoff key, every data key re-wrapped, "
            + "the key-encryption keys nothing needs destroyed in the key token (makes earlier erasures final in "
            + "every database copy)")
    @APIResponse(responseCode = "200", description = "What the rotation did")
    public KeyRotation.Rotated rotate() {
        return rotation.rotate();
    }
}
