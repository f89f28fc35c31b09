package org.helpline.analytics.report;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.helpline.analytics.AnalyticsSettings;

/**
 * The report page used to be here; it is the staff console's now ({@code /reports/{year}} there, drawn from
 * {@code /api/reports/{year}}). A browser that still comes here (a bookmark, a link in a mail) is sent on with its
 * query ({@code ?month=}, {@code ?public=true}). Open to anyone: the answer is only the console's address, and the
 * console signs the person in and decides whether she may see the report.
 */
@Path("/reports/{year: [0-9]{4}}")
public class ReportPageRedirect {

    @Inject AnalyticsSettings settings;

    @Context UriInfo uri;

    @PermitAll
    @GET
    // not part of this service's API (a page's old address): the API document leaves it out
    @Operation(hidden = true)
    public Response toTheConsole(@PathParam("year") String year) {
        URI console = settings.analytics().consoleUrl();
        UriBuilder page = UriBuilder.fromUri(console).path("reports").path(year);
        String query = uri.getRequestUri().getRawQuery();
        // the query as the browser sent it (already encoded), not through UriBuilder, which reads {…} as a template
        URI target = page.build();
        return Response.seeOther(query == null ? target : URI.create(target + "?" + query)).build();
    }
}
