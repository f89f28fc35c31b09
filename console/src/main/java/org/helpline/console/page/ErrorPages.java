package org.helpline.console.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * What a person sees when a page cannot be shown: a plain page in her language with a way home, never a
 * stack trace. A role that does not open the page gives 403; a service that refuses, fails or cannot be
 * reached gives a calm page saying nothing was saved (the log says which call failed, never with what).
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    /** Which of the pages of {@code templates/ErrorPages/} is shown. */
    public enum Kind {
        FORBIDDEN,
        NOT_FOUND,
        UNREACHABLE
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Frame frame, Kind kind);
    }

    @Inject
    Frames frames;

    @Context
    UriInfo uri;

    @ServerExceptionMapper
    RestResponse<TemplateInstance> forbidden(ForbiddenException refused) {
        return page(Response.Status.FORBIDDEN, Kind.FORBIDDEN);
    }

    /** An address the console has no page for. */
    @ServerExceptionMapper
    RestResponse<TemplateInstance> noSuchPage(NotFoundException missing) {
        return page(Response.Status.NOT_FOUND, Kind.NOT_FOUND);
    }

    /** A service's refusal or failure (the REST client's exception; the console's own 405s etc. stay as they are). */
    @ServerExceptionMapper
    RestResponse<TemplateInstance> refusedByAService(ClientWebApplicationException refused) {
        int status = refused.getResponse().getStatus();
        if (status == 403 || status == 401) {
            return page(Response.Status.FORBIDDEN, Kind.FORBIDDEN);
        }
        if (status == 404) {
            return page(Response.Status.NOT_FOUND, Kind.NOT_FOUND);
        }
        LOG.errorf("a service answered %d to the page %s", status, uri.getPath());
        return page(Response.Status.SERVICE_UNAVAILABLE, Kind.UNREACHABLE);
    }

    @ServerExceptionMapper
    RestResponse<TemplateInstance> unreachable(ProcessingException failed) {
        LOG.errorf("a service could not be reached for the page %s: %s", uri.getPath(),
                failed.getCause() == null ? failed.getClass().getSimpleName() : failed.getCause().getClass().getSimpleName());
        return page(Response.Status.SERVICE_UNAVAILABLE, Kind.UNREACHABLE);
    }

    private RestResponse<TemplateInstance> page(Response.Status status, Kind kind) {
        Frame frame = frames.of(uri);
        return RestResponse.ResponseBuilder.create(status, Templates.error(frame, kind)
                .setLocale(frame.language().locale())).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
