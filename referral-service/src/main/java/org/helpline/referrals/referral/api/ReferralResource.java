package org.helpline.referrals.referral.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.referrals.ReferralMade;
import org.helpline.contracts.referrals.ReferredToFIA;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.referrals.referral.Referring;

@Path("/api/referrals")
@Tag(name = "Referrals", description = "Referrals to the FIA, police, lawyers, counsellors and other organisations")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private static final String ACTOR = "referral-api";

    private final Referring referring;

    public ReferralResource(Referring referring) {
        this.referring = referring;
    }

    public record NewReferral(@NotNull UUID caseId, @NotNull ReferralTarget target, @Size(max = 100) String city) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer a case; an FIA referral goes to the nearest cybercrime wing")
    @APIResponse(responseCode = "201", description = "Referred; for the FIA with wing, distanceKm and sameCity")
    @APIResponse(responseCode = "404", description = "Unknown case")
    @APIResponse(responseCode = "409", description = "FIA referral from a city not in the gazetteer")
    public Response refer(@Valid @NotNull NewReferral body) {
        IntegrationEvent event = referring.refer(body.caseId(), body.target(), body.city(), ACTOR);
        Map<String, Object> answer = new LinkedHashMap<>();
        UUID referralId;
        if (event instanceof ReferredToFIA fia) {
            referralId = fia.referralId();
            answer.put("referralId", referralId);
            answer.put("wing", fia.wing());
            answer.put("distanceKm", fia.distanceKm());
            answer.put("sameCity", fia.sameCity());
        } else {
            referralId = ((ReferralMade) event).referralId();
            answer.put("referralId", referralId);
        }
        return Response.created(URI.create("/api/referrals/" + referralId)).entity(answer).build();
    }
}
