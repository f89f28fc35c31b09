package org.helpline.console.casework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.helpline.console.page.FieldError;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.console.page.ServicePart;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders the case page from case-service's case and history, referral-service's referrals and
 * escalation-service's escalations, for a GET and for an action that comes back.
 */
@RequestScoped
public class CasePages {


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
        return render(page(frames.of(uri), kase, cases.history(caseId), ClassificationEntry.of(kase), List.of(), null,
                List.of(), kase.version()));
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
        // the language switch leads to the case page, whichever of its forms was sent
        TemplateInstance page = render(page(frames.of(uri).at("/cases/" + caseId), kase, history, kept, errors,
                notice, meanwhile, formVersion));
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** The complainant's city as the case was opened with it, or null when she did not say. */
    public String complainantCity(UUID caseId) {
        return cases.history(caseId).stream().filter(e -> "CaseOpened".equals(e.type()) && e.event() != null)
                .map(e -> e.event().city()).filter(city -> city != null && !city.isBlank()).findFirst().orElse(null);
    }

    /**
     * The page with the case's referrals and escalations beside its own history, one timeline in the order things
     * happened; a referral- or escalation-service that does not answer leaves the rest of the page as it is.
     */
    private CasePage page(Frame frame, CaseView kase, List<CaseHistoryEntry> history, ClassificationEntry entry,
            List<FieldError> errors, String notice, List<CaseHistoryEntry> meanwhile, int formVersion) {
        UUID caseId = kase.caseId();
        ServicePart<List<CaseReferral>> referred = ServicePart.of("the referrals of case " + caseId,
                () -> referrals.ofCase(caseId, 50).stream().map(listed -> referrals.get(listed.referralId())).toList(),
                List.of());
        ServicePart<List<CaseEscalations.CaseEscalation>> escalated = ServicePart.of("the escalations of case "
                + caseId, () -> escalations.ofCase(caseId, 50), List.of());
        List<Moment> timeline = new ArrayList<>(history);
        referred.value().forEach(referral -> timeline.addAll(referral.moments()));
        escalated.value().forEach(escalation -> timeline.addAll(escalation.moments()));
        timeline.sort(Comparator.comparing(Moment::at));
        return new CasePage(frame, kase, timeline, referred, escalated.unavailable(), entry, errors, notice, meanwhile,
                formVersion);
    }

    private static TemplateInstance render(CasePage page) {
        return Templates.casePage(page).setLocale(page.frame().language().locale());
    }
}
