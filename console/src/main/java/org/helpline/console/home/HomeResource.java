package org.helpline.console.home;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.helpline.console.ConsoleSettings;
import org.helpline.console.casework.CaseService;
import org.helpline.console.casework.CaseStatus;
import org.helpline.console.casework.WorklistPage;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The page everyone lands on, by role: those who work cases see their own open cases and the team's worklist
 * (priority first, as case-service sorts it); the others see the sections their roles open.
 */
@Path("/")
@Authenticated
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Frame frame, WorklistPage mine, WorklistPage team);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    CaseService cases;

    @Inject
    ConsoleSettings settings;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        Frame frame = frames.of(uri);
        WorklistPage mine = null;
        WorklistPage team = null;
        if (frame.worksCases()) {
            mine = cases.worklist(CaseStatus.OPEN, frame.username(), 0, settings.worklistSize());
            team = cases.worklist(CaseStatus.OPEN, null, 0, settings.worklistSize());
        }
        return Templates.home(frame, mine, team).setLocale(frame.language().locale());
    }
}
