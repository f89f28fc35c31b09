package org.helpline.console.personaldata;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.helpline.console.session.SignedInPersonsToken;

/** case-service's erasure of a case's personal data and its two ledgers, for supervisors. */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(SignedInPersonsToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface PersonalDataService {

    /** Crypto-shredding: 404 when the case has no personal data, 410 when it was erased before. */
    @DELETE
    @Path("cases/{caseId}/personal-data")
    @Consumes(MediaType.APPLICATION_JSON)
    Erased erase(@PathParam("caseId") UUID caseId, Erasure erasure);

    @GET
    @Path("personal-data/erasures")
    List<Erased> erasures(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("personal-data/access-log")
    List<Access> accessLog(@QueryParam("caseId") UUID caseId, @QueryParam("page") int page,
            @QueryParam("size") int size);

    record Erasure(ErasureReason reason) {
    }
}
