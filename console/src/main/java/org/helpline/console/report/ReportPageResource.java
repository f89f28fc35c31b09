package org.helpline.console.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.helpline.console.language.Texts;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The annual report for analysts and supervisors: every section of analytics' report of a year (or of one month of
 * it, {@code ?month=YYYY-MM}), internal or publishable ({@code ?public=true}: counts of 1 to 4 shown as "<5", as
 * analytics suppresses them), as charts and tables drawn on the server, in English or Urdu.
 */
@Path("/reports")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR})
@Produces(MediaType.TEXT_HTML)
public class ReportPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportPage page);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    AnalyticsService analytics;

    @Context
    UriInfo uri;

    /** This year's report, in the helpline's time. */
    @GET
    public Response thisYear() {
        return Response.seeOther(uri.getBaseUriBuilder().path("reports")
                .path(String.valueOf(LocalDate.now(Texts.HELPLINE_TIME).getYear())).build()).build();
    }

    @GET
    @Path("{year: [0-9]{4}}")
    public TemplateInstance report(@PathParam("year") int year, @QueryParam("month") String month,
            @QueryParam("public") boolean publishable) {
        int monthOfYear = monthOf(year, month);
        Report report = analytics.report(year, monthOfYear == 0 ? null : YearMonth.of(year, monthOfYear).toString(),
                publishable);
        Frame frame = frames.of(uri);
        ReportPage page = new ReportPage(frame, year, monthOfYear, publishable,
                new ReportCharts(frame.language()).sections(report));
        return Templates.report(page).setLocale(frame.language().locale());
    }

    /** The month asked for (1 to 12), 0 for the whole year; a month that is not YYYY-MM of that year has no page. */
    private static int monthOf(int year, String month) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException();
        }
        if (month == null || month.isBlank()) {
            return 0;
        }
        try {
            YearMonth parsed = YearMonth.parse(month.trim());
            if (parsed.getYear() != year) {
                throw new NotFoundException();
            }
            return parsed.getMonthValue();
        } catch (DateTimeParseException e) {
            throw new NotFoundException();
        }
    }
}
