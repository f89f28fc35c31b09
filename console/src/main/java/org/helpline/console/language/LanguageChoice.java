package org.helpline.console.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The language of this request's page: {@code ?lang=} (the switch, then remembered in a cookie for a year),
 * else the cookie, else the browser's {@code Accept-Language}, else English.
 */
@RequestScoped
public class LanguageChoice {

    static final String COOKIE = "helpline-lang";
    static final String PARAMETER = "lang";
    private static final int A_YEAR = 365 * 24 * 3600;

    private Language language = Language.ENGLISH;
    private boolean switched;

    public Language language() {
        return language;
    }

    @ServerRequestFilter(preMatching = true)
    void choose(ContainerRequestContext request) {
        String asked = request.getUriInfo().getQueryParameters().getFirst(PARAMETER);
        switched = Language.ofTag(asked).isPresent();
        Cookie remembered = request.getCookies().get(COOKIE);
        language = chosen(asked, remembered == null ? null : remembered.getValue(),
                request.getAcceptableLanguages().stream().map(Locale::getLanguage).toList());
    }

    /** The rule, also for the realm's login page (LoginPageLanguage), which comes before any page of the console. */
    static Language chosen(String asked, String remembered, List<String> browsersLanguages) {
        return Language.ofTag(asked).or(() -> Language.ofTag(remembered))
                .or(() -> browsersLanguages.stream().map(Language::ofTag).flatMap(Optional::stream).findFirst())
                .orElse(Language.ENGLISH);
    }

    @ServerResponseFilter
    void remember(ContainerResponseContext response) {
        if (switched) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(COOKIE).value(language.tag())
                    .path("/").maxAge(A_YEAR).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
