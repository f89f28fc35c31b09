package org.helpline.console.language;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.LanguageHeader;

/**
 * Sends people to the realm's login page in the language the console would show them ({@code ui_locales}): the
 * realm's login theme ({@code deploy/config/keycloak/themes/helpline}) speaks Urdu too.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginPageLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        var request = context.routingContext().request();
        Cookie remembered = request.getCookie(LanguageChoice.COOKIE);
        Language language = LanguageChoice.chosen(request.getParam(LanguageChoice.PARAMETER),
                remembered == null ? null : remembered.getValue(),
                context.routingContext().parsedHeaders().acceptLanguage().stream().map(LanguageHeader::tag)
                        .map(tag -> tag.toLowerCase(Locale.ROOT)).toList());
        context.additionalQueryParams().add("ui_locales", language.tag());
    }
}
