package org.helpline.console.casework;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.helpline.console.session.SignedInPersonsToken;

/**
 * case-service's REST API as the console calls it: with the signed-in person's own access token, so that
 * case-service decides what she may read (its roles and need-to-know stay the only ones).
 */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(SignedInPersonsToken.class)
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public interface CaseService {

    /** {@code GET /api/cases}: the worklist, most urgent first, then oldest first. */
    @GET
    WorklistPage worklist(@QueryParam("state") CaseStatus state, @QueryParam("assignee") String assignee,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** {@code GET /api/cases/{caseId}}: the case (404 unknown; its version also in the ETag). */
    @GET
    @Path("{caseId}")
    CaseView get(@PathParam("caseId") UUID caseId);

    /** {@code GET /api/cases/{caseId}/history}: the case's events in order, without personal data. */
    @GET
    @Path("{caseId}/history")
    List<CaseHistoryEntry> history(@PathParam("caseId") UUID caseId);

    /** The case commands: each sends the version the person saw (If-Match); a stale one is refused with 409. */
    @POST
    @Path("{caseId}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseView classify(@PathParam("caseId") UUID caseId, @HeaderParam("If-Match") String version,
            CaseCommands.Classification classification);

    @POST
    @Path("{caseId}/services")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseView provideService(@PathParam("caseId") UUID caseId, @HeaderParam("If-Match") String version,
            CaseCommands.ServiceGiven service);

    @POST
    @Path("{caseId}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseView assign(@PathParam("caseId") UUID caseId, @HeaderParam("If-Match") String version,
            CaseCommands.Assignment assignment);

    @POST
    @Path("{caseId}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseView close(@PathParam("caseId") UUID caseId, @HeaderParam("If-Match") String version,
            CaseCommands.Closure closure);

    @POST
    @Path("{caseId}/reopening")
    CaseView reopen(@PathParam("caseId") UUID caseId, @HeaderParam("If-Match") String version);

    /** {@code GET /api/cases/{caseId}/personal-data?purpose=}: decrypted for this reader, and the reading logged. */
    @GET
    @Path("{caseId}/personal-data")
    List<PersonalDataEntry> personalData(@PathParam("caseId") UUID caseId, @QueryParam("purpose") ReadingPurpose purpose);

    /** {@code GET /api/cases?caseNumber=}: the case with this number, if any (a page of at most one). */
    @GET
    WorklistPage byNumber(@QueryParam("caseNumber") String caseNumber);
}
