package org.helpline.intake.personaldata;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.helpline.platform.privacy.HandoffKey;
import org.helpline.platform.privacy.SealedEntry;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * case-service's doors for personal data (its current handoff key; handing an entry over) (quarkus.rest-client.case-service.url), with the intake-service
 * account's token (quarkus.oidc-client.*), refreshed before it expires.
 */
@RegisterRestClient(configKey = "case-service")
@OidcClientFilter
@Path("/api")
public interface CaseServiceClient {

    @GET
    @Path("personal-data/handoff-key")
    HandoffKey handoffKey();

    @PUT
    @Path("cases/{caseId}/personal-data/entries/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void handOver(@PathParam("caseId") UUID caseId, @PathParam("entryId") UUID entryId, SealedEntry entry);
}
