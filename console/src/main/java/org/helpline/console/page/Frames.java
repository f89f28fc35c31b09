package org.helpline.console.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import org.helpline.console.language.LanguageChoice;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/** Builds this request's {@link Frame} from the signed-in person and the chosen language. */
@RequestScoped
public class Frames {

    @Inject
    SecurityIdentity identity;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    HttpServerRequest request;

    public Frame of(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        String path = uri.getRequestUri().getRawPath();
        if (request.method() == HttpMethod.POST) {
            // a page that answers a form: the switch leads to the page the form is on (a GET; the entry is not kept)
            path = "/contacts".equals(path) ? "/contacts/new" : path.substring(0, Math.max(1, path.lastIndexOf('/')));
            query = null;
        }
        String withoutLanguage = query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return new Frame(languageChoice.language(), identity.isAnonymous() ? null : identity.getPrincipal().getName(),
                identity.getRoles(), withoutLanguage.isEmpty() ? path : path + "?" + withoutLanguage);
    }
}
