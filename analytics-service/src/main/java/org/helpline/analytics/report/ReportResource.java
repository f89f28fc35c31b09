package org.helpline.analytics.report;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports")
@Tag(name = "Reports", description = "The annual report's statistics, live from the projections")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportQueries queries;

    public ReportResource(ReportQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("{year}")
    @Operation(summary = "Every section of the year's report as one document")
    public Map<String, Object> report(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return queries.report(year);
    }
}
