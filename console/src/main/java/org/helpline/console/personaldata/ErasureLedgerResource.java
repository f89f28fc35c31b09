package org.helpline.console.personaldata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** For supervisors: every erasure of a case's personal data, newest first (the ledger holds no personal data). */
@Path(ErasureLedgerResource.PATH)
@RolesAllowed(Roles.SUPERVISOR)
@Produces(MediaType.TEXT_HTML)
public class ErasureLedgerResource {

    static final String PATH = "/personal-data/erasures";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance erasures(Frame frame, LedgerPage<Erased> ledger);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    PersonalDataService personalData;

    @Context
    UriInfo uri;

    @GET
    public TemplateInstance erasures(@QueryParam("page") int page) {
        int shown = Math.max(0, page);
        Frame frame = frames.of(uri);
        return Templates.erasures(frame, LedgerPage.of(personalData.erasures(shown, LedgerPage.SIZE + 1), shown))
                .setLocale(frame.language().locale());
    }
}
