package org.helpline.console.casework;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.helpline.console.page.FieldError;
import org.helpline.console.page.Frames;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Renders the case page from case-service's case and history, for a GET and for an action that comes back. */
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

    /** The page as the case is now. */
    public TemplateInstance now(UriInfo uri, UUID caseId) {
        CaseView kase = cases.get(caseId);
        return render(uri, new CasePage(frames.of(uri), kase, cases.history(caseId), ClassificationEntry.of(kase),
                List.of(), null, List.of(), kase.version()));
    }

    /**
     * The page with the person's classification entry kept: with its errors, or after a refusal, saying what came
     * in since the version she saw ({@code sawVersion}); after a stale refusal her entry is set to the case's version
     * now, to send again.
     */
    public Response again(UriInfo uri, Response.Status status, UUID caseId, ClassificationEntry entry,
            List<FieldError> errors, String notice, int sawVersion) {
        CaseView kase = cases.get(caseId);
        List<CaseHistoryEntry> timeline = cases.history(caseId);
        List<CaseHistoryEntry> meanwhile = timeline.stream().filter(e -> e.version() > sawVersion).toList();
        boolean refusedAsStale = "notice_changed_meanwhile".equals(notice);
        if (refusedAsStale && meanwhile.isEmpty()) {
            notice = "notice_not_allowed_now"; // refused for the case's state (closed, say), not for a newer version
        }
        // only once she has been shown what changed does her entry move on to the newer version: an entry sent
        // back for a wrong field keeps the version she saw, so that a change made meanwhile is not overwritten
        ClassificationEntry kept = entry == null ? ClassificationEntry.of(kase)
                : refusedAsStale ? entry.at(kase.version()) : entry;
        int formVersion = refusedAsStale || sawVersion > kase.version() ? kase.version() : sawVersion;
        TemplateInstance page = render(uri, new CasePage(frames.of(uri), kase, timeline, kept, errors, notice,
                meanwhile, formVersion));
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static TemplateInstance render(UriInfo uri, CasePage page) {
        return Templates.casePage(page).setLocale(page.frame().language().locale());
    }
}
