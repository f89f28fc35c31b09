package org.helpline.console.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import org.helpline.console.language.LanguageChoice;

import io.quarkus.security.identity.SecurityIdentity;

/** Builds this request's {@link Frame} from the signed-in person and the chosen language. */
@RequestScoped
public class Frames {

    @Inject
    SecurityIdentity identity;

    @Inject
    LanguageChoice languageChoice;

    public Frame of(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        String path = uri.getRequestUri().getRawPath();
        String withoutLanguage = query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return new Frame(languageChoice.language(), identity.isAnonymous() ? null : identity.getPrincipal().getName(),
                identity.getRoles(), withoutLanguage.isEmpty() ? path : path + "?" + withoutLanguage);
    }
}
