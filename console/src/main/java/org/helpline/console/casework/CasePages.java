package org.helpline.console.casework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import org.helpline.console.page.FieldError;
import org.helpline.console.page.Frames;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders the case page from case-service's case and history, referral-service's referrals and
 * escalation-service's escalations, for a GET and for an action that comes back.
 */
@RequestScoped
public class CasePages {

    private static final Logger LOG = Logger.getLogger(CasePages.class);

    /** Whether this request's timeline lacks the escalations (escalation-service did not answer): set by timeline. */
    private boolean escalationsUnavailable;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance casePage(CasePage page);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    CaseService cases;

    @Inject
    @RestClient
    CaseReferrals referrals;

    @Inject
    @RestClient
    CaseEscalations escalations;

    /** The page as the case is now. */
    public TemplateInstance now(UriInfo uri, UUID caseId) {
        CaseView kase = cases.get(caseId);
        List<CaseHistoryEntry> history = cases.history(caseId);
        CaseReferrals.Read referred = referralsOf(caseId);
        List<Moment> timeline = timeline(caseId, history, referred);
        return render(uri, new CasePage(frames.of(uri), kase, timeline, referred, escalationsUnavailable,
                ClassificationEntry.of(kase), List.of(), null, List.of(), kase.version()));
    }

    /**
     * The page with the person's classification entry kept: with its errors, or after a refusal, saying what came
     * in since the version she saw ({@code sawVersion}); after a stale refusal her entry is set to the case's version
     * now, to send again.
     */
    public Response again(UriInfo uri, Response.Status status, UUID caseId, ClassificationEntry entry,
            List<FieldError> errors, String notice, int sawVersion) {
        CaseView kase = cases.get(caseId);
        List<CaseHistoryEntry> history = cases.history(caseId);
        List<CaseHistoryEntry> meanwhile = history.stream().filter(e -> e.version() > sawVersion).toList();
        boolean refusedAsStale = "notice_changed_meanwhile".equals(notice);
        if (refusedAsStale && meanwhile.isEmpty()) {
            notice = "notice_not_allowed_now"; // refused for the case's state (closed, say), not for a newer version
        }
        // only once she has been shown what changed does her entry move on to the newer version: an entry sent
        // back for a wrong field keeps the version she saw, so that a change made meanwhile is not overwritten
        ClassificationEntry kept = entry == null ? ClassificationEntry.of(kase)
                : refusedAsStale ? entry.at(kase.version()) : entry;
        int formVersion = refusedAsStale || sawVersion > kase.version() ? kase.version() : sawVersion;
        CaseReferrals.Read referred = referralsOf(caseId);
        // the language switch leads to the case page, whichever of its forms was sent
        List<Moment> timeline = timeline(caseId, history, referred);
        TemplateInstance page = render(uri, new CasePage(frames.of(uri).at("/cases/" + caseId), kase, timeline,
                referred, escalationsUnavailable,
                kept, errors, notice, meanwhile, formVersion));
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** The complainant's city as the case was opened with it, or null when she did not say. */
    public String complainantCity(UUID caseId) {
        return cases.history(caseId).stream().filter(e -> "CaseOpened".equals(e.type()) && e.event() != null)
                .map(e -> e.event().city()).filter(city -> city != null && !city.isBlank()).findFirst().orElse(null);
    }

    /** The case's referrals; a referral-service that does not answer leaves the rest of the page as it is. */
    private CaseReferrals.Read referralsOf(UUID caseId) {
        try {
            return new CaseReferrals.Read(referrals.ofCase(caseId, 50).stream()
                    .map(listed -> referrals.get(listed.referralId())).toList(), false);
        } catch (ProcessingException | ClientWebApplicationException unanswered) {
            LOG.warnf("the case page of %s shows no referrals: referral-service did not answer (%s)", caseId,
                    unanswered.getClass().getSimpleName());
            return new CaseReferrals.Read(List.of(), true);
        }
    }

    /** The case's events, its referrals' steps and its escalations, in the order they happened. */
    private List<Moment> timeline(UUID caseId, List<CaseHistoryEntry> history, CaseReferrals.Read referred) {
        List<Moment> moments = new ArrayList<>(history);
        referred.referrals().forEach(referral -> moments.addAll(referral.moments()));
        escalationsUnavailable = false;
        try {
            escalations.ofCase(caseId, 50).forEach(escalation -> moments.addAll(escalation.moments()));
        } catch (ProcessingException | ClientWebApplicationException unanswered) {
            // the timeline is shown without them, and says so; the log says why
            escalationsUnavailable = true;
            LOG.warnf("the case page of %s shows no escalations: escalation-service did not answer (%s)", caseId,
                    unanswered.getClass().getSimpleName());
        }
        moments.sort(Comparator.comparing(Moment::at));
        return moments;
    }

    private static TemplateInstance render(UriInfo uri, CasePage page) {
        return Templates.casePage(page).setLocale(page.frame().language().locale());
    }
}
