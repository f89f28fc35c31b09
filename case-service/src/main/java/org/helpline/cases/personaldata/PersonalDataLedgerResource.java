package org.helpline.cases.personaldata;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.identity.Roles;
import org.helpline.platform.problem.QueryParameters;

/** For supervisors: the erasure ledger and the log of personal-data reads; neither holds personal data. */
@Path("/api/personal-data")
@Tag(name = "Personal data", description = "Survivors' personal data, encrypted per case")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataLedgerResource {

    @Inject
    PersonalDataErasure erasure;
    @Inject
    PersonalDataAccessLog accessLog;

    @RolesAllowed(Roles.SUPERVISOR)
    @GET
    @Path("erasures")
    @Operation(summary = "What was erased, when, why and by whom, newest first")
    public List<PersonalDataErasure.Erased> erasures(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return erasure.ledger(QueryParameters.range("page", page, 0, 0, 1_000_000),
                QueryParameters.range("size", size, 50, 1, 500));
    }

    @RolesAllowed(Roles.SUPERVISOR)
    @GET
    @Path("access-log")
    @Operation(summary = "Every read of personal data (who, when, which case, why, and what came of it), newest first")
    public List<PersonalDataAccessLog.Access> accessLog(@QueryParam("caseId") UUID caseId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return accessLog.list(caseId, QueryParameters.range("page", page, 0, 0, 1_000_000),
                QueryParameters.range("size", size, 50, 1, 500));
    }
}
