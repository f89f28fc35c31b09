package org.helpline.cases.caseflow.worklist;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.cases.caseflow.domain.CasePriority;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.contracts.identity.Roles;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.platform.problem.QueryParameters;

@Path("/api/cases")
@Tag(name = "Worklist", description = "Cases to work on, most urgent first")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    @Inject
    Worklist worklist;

    @GET
    @Operation(summary = "Cases by priority (physical danger, minors, vulnerable occupations and communities), "
            + "then oldest first")
    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @APIResponse(responseCode = "400", description = "An unknown filter value (problem+json lists the allowed ones)")
    @APIResponse(responseCode = "200", description = "One page of the worklist")
    public Worklist.Page list(
            @Parameter(description = "OPEN or CLOSED") @QueryParam("state") String state,
            @Parameter(description = "a category of the latest classification") @QueryParam("category") String category,
            @Parameter(description = "username of the associate") @QueryParam("assignee") String assignee,
            @Parameter(description = "URGENT, HIGH, ELEVATED or NORMAL") @QueryParam("priority") String priority,
            @Parameter(description = "a case number as given to the complainant (CH-2023-000042), in any case of"
                    + " letters: finds that one case") @QueryParam("caseNumber") String caseNumber,
            @Parameter(description = "0-based page number") @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        Worklist.Filter filter = new Worklist.Filter(
                QueryParameters.vocabulary(CaseState.Status.class, "state", state),
                QueryParameters.vocabulary(Category.class, "category", category),
                assignee == null || assignee.isBlank() ? null : assignee.trim(),
                QueryParameters.vocabulary(CasePriority.class, "priority", priority),
                caseNumber == null || caseNumber.isBlank() ? null : caseNumber.trim().toUpperCase(Locale.ROOT));
        return worklist.list(filter, QueryParameters.range("page", page, 0, 0, 1_000_000),
                QueryParameters.range("size", size, 20, 1, 200));
    }
}
