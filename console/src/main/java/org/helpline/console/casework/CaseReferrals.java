package org.helpline.console.casework;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.helpline.console.session.SignedInPersonsToken;

/**
 * What the case page reads of referral-service: the case's referrals, each with every outcome step (making
 * referrals and recording outcomes is the referral package's {@code ReferralService}).
 */
@RegisterRestClient(configKey = "referral-service")
@RegisterProvider(SignedInPersonsToken.class)
@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
public interface CaseReferrals {

    /** {@code GET /api/referrals?caseId=}: the case's referrals, newest first (the ids are what is read here). */
    @GET
    List<Listed> ofCase(@QueryParam("caseId") UUID caseId, @QueryParam("size") int size);

    /** {@code GET /api/referrals/{referralId}}: one referral with its outcome steps. */
    @GET
    @Path("{referralId}")
    CaseReferral get(@PathParam("referralId") UUID referralId);

    record Listed(UUID referralId) {
    }
}
