package org.helpline.analytics.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.identity.Roles;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;

@Path("/api/reports")
@Tag(name = "Reports", description = "The annual report's statistics, live from the projections")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final String MONTH_DOC = "one month of the year, YYYY-MM (cases counted in the month they were opened)";
    private static final String PUBLIC_DOC = "the publishable variant: counts of 1 to 4 shown as \"<5\"";

    @Inject ReportQueries queries;

    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR})
    @GET
    @Path("{year}")
    @Operation(summary = "Every section of the year's (or a month's) report as one document")
    @APIResponse(responseCode = "400", description = "A month not of that year, or not YYYY-MM")
    @APIResponseSchema(value = Report.class, responseCode = "200", responseDescription = "The report")
    public Report report(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = MONTH_DOC) @QueryParam("month") String month,
            @Parameter(description = PUBLIC_DOC) @QueryParam("public") boolean publishable) {
        Report report = queries.report(period(year, month));
        return publishable ? report.suppressed() : report;
    }

    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR})
    @GET
    @Path("{year}/{section}.csv")
    @Produces("text/csv")
    @Operation(summary = "One section of the report as CSV")
    @APIResponse(responseCode = "404", description = "No such section (problem+json lists them)")
    @APIResponseSchema(value = String.class, responseCode = "200", responseDescription = "The section as CSV (RFC 4180)")
    public Response csv(@PathParam("year") @Min(2000) @Max(2100) int year, @PathParam("section") String section,
            @Parameter(description = MONTH_DOC) @QueryParam("month") String month,
            @Parameter(description = PUBLIC_DOC) @QueryParam("public") boolean publishable) {
        ReportPeriod period = period(year, month);
        Section chosen = Section.byKey(section).orElseThrow(() -> new ProblemException(
                Problem.of(404, "Not Found", "No report section '" + section + "'.").withErrors(List.of(
                        new Problem.FieldError("section", "is not a section", Section.keys())))));
        SectionValue figures = chosen.of(queries.report(period));
        SectionValue value = publishable ? figures.suppressed() : figures;
        // the validated period, never the raw parameter, goes into the header
        String file = section + "-" + (period.month() == null ? year : period.month()) + (publishable ? "-public" : "")
                + ".csv";
        return Response.ok(value.csv(chosen.key()), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** The period asked for; 400 problem+json for a month that is not YYYY-MM of that year. */
    public static ReportPeriod period(int year, String month) {
        if (month == null || month.isBlank()) {
            return ReportPeriod.of(year, null);
        }
        try {
            YearMonth parsed = YearMonth.parse(month.trim());
            if (parsed.getYear() != year) {
                throw new DateTimeParseException("other year", month, 0);
            }
            return ReportPeriod.of(year, parsed);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.of(400, "Bad Request", "month must be YYYY-MM within " + year + ".")
                    .withErrors(List.of(new Problem.FieldError("month", "must be YYYY-MM within " + year))));
        }
    }
}
