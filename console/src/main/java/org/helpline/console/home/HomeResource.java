package org.helpline.console.home;

import java.util.List;
import java.util.UUID;

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
import org.helpline.console.escalation.EscalationService;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.console.page.ServicePart;
import org.helpline.console.referral.ReferralService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The page everyone lands on, by role: what waits for the person (referrals without an outcome, overdue
 * escalations), and for those who work cases their own open cases and the team's worklist (priority first, as
 * case-service sorts it); the others see the sections their roles open.
 */
@Path("/")
@Authenticated
public class HomeResource {

    private static final int WAITING_SHOWN = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Frame frame, WorklistPage mine, WorklistPage team, WaitingWork waiting);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    CaseService cases;

    @Inject
    @RestClient
    ReferralService referrals;

    @Inject
    @RestClient
    EscalationService escalations;

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
        return Templates.home(frame, mine, team, waitingFor(frame, mine)).setLocale(frame.language().locale());
    }

    /**
     * From referral-service and escalation-service, by role; one that does not answer leaves the rest as it is.
     * Referrals: the supervisor's are the whole helpline's; anyone else's are those of her own open cases as the
     * page lists them (referral-service does not know who a case is assigned to).
     */
    private WaitingWork waitingFor(Frame frame, WorklistPage mine) {
        List<UUID> ownCases = mine == null ? List.of()
                : mine.items().stream().map(WorklistPage.Entry::caseId).limit(ReferralService.CASES_AT_ONCE).toList();
        boolean helplineWide = frame.supervises();
        ServicePart<List<ReferralService.Waiting>> referred = frame.worksCases() && (helplineWide || !ownCases.isEmpty())
                ? ServicePart.of("the referrals waiting on the home page",
                        () -> referrals.withoutOutcome(true, helplineWide ? List.of() : ownCases, WAITING_SHOWN),
                        List.of())
                : ServicePart.none(List.of());
        ServicePart<List<EscalationService.Escalation>> overdue = frame.escalates()
                ? ServicePart.of("the overdue escalations on the home page",
                        () -> escalations.overdue(true, WAITING_SHOWN), List.of())
                : ServicePart.none(List.of());
        return new WaitingWork(referred.value(), helplineWide, overdue.value(),
                referred.unavailable() || overdue.unavailable());
    }
}
