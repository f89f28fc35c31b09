package org.helpline.console.report;

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
 * analytics-service's report as the console reads it, with the signed-in person's own token: analytics decides who
 * reads the figures (analysts and supervisors), and its publishable variant suppresses the small counts itself.
 */
@RegisterRestClient(configKey = "analytics-service")
@RegisterProvider(SignedInPersonsToken.class)
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public interface AnalyticsService {

    /**
     * {@code GET /api/reports/{year}[?month=YYYY-MM][&public=true]}: every section of the year's (or a month's)
     * report; {@code public=true} gives the publishable variant (counts of 1 to 4 as "<5").
     */
    @GET
    @Path("{year}")
    Report report(@PathParam("year") int year, @QueryParam("month") String month,
            @QueryParam("public") boolean publishable);
}
