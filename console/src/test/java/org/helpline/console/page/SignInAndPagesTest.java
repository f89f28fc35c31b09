package org.helpline.console.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import org.helpline.console.ConsoleInfrastructure;
import org.helpline.platform.testing.BrowserSignIn;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(ConsoleInfrastructure.class)
class SignInAndPagesTest {

    @TestHTTPResource("/")
    URI home;

    @ConfigProperty(name = "helpline.console.idle-timeout")
    Duration idleTimeout;

    @Test
    void aBrowserWithoutSessionIsSentToTheRealmsLoginPageAsTheConsoleWithPkce() {
        Response answer = given().redirects().follow(false).get(home);

        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.header("Location");
        assertThat(location).contains("/realms/helpline/protocol/openid-connect/auth")
                .contains("client_id=helpline-console").contains("code_challenge_method=S256")
                .contains("code_challenge=");
    }

    @Test
    void theRealmsLoginPageIsAskedForInThePersonsLanguage() {
        assertThat(loginRedirect(given().queryParam("lang", "ur"))).contains("ui_locales=ur");
        assertThat(loginRedirect(given().header("Accept-Language", "ur-PK, en;q=0.5"))).contains("ui_locales=ur");
        assertThat(loginRedirect(given().cookie("helpline-lang", "ur").header("Accept-Language", "en")))
                .contains("ui_locales=ur");
        assertThat(loginRedirect(given().header("Accept-Language", "de-DE"))).contains("ui_locales=en");
    }

    private String loginRedirect(io.restassured.specification.RequestSpecification request) {
        Response answer = request.redirects().follow(false).get(home);
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.header("Location");
    }

    @Test
    void anAnalystSignedInSeesHerHomePageWithTheFramesHeadersAndNoTokenInIt() {
        Response page = BrowserSignIn.open(home.toString(), "analyst");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(html).contains("lang=\"en\" dir=\"ltr\"").contains("Signed in as <bdi>analyst</bdi>")
                .doesNotContain("urdu.css")
                .contains("Your role works from other sections");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        noTokenIn(html);
    }

    @Test
    void theEventContractsItsDependencyBringsAreNotServedByTheConsole() {
        for (String path : new String[] {"asyncapi.yaml", "schemas/events/CaseOpened/v1.json"}) {
            assertThat(BrowserSignIn.open(home + path, "supervisor").statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void theSessionLivesInTheConsolesOwnEncryptedCookiesEachSmallEnoughForEveryBrowser() {
        Map<String, Map<String, String>> jar = new HashMap<>();
        BrowserSignIn.open(home.toString(), "digisec", jar).then().statusCode(200);

        Map<String, Integer> session = new TreeMap<>();
        StringBuilder joined = new StringBuilder();
        new TreeMap<>(jar.get(home.getHost())).forEach((name, value) -> {
            if (name.startsWith("q_session")) {
                session.put(name, name.length() + 1 + value.length());
                joined.append(value);
            }
        });
        // encrypted: a JWE (five parts, a header naming its encryption), not the tokens themselves
        String[] parts = joined.toString().split("\\.");
        assertThat(parts).hasSize(5);
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)).contains("\"enc\"");
        System.out.println("console session cookies (bytes, name=value): " + session);
        assertThat(session).isNotEmpty();
        // 4096 bytes is what every browser keeps of one cookie
        assertThat(session.values()).allMatch(size -> size < 4096);
    }

    @Test
    void anIdleSessionEndsAfterTheIdleTimeTheRenewalOfItsTokensCountsAgain() {
        List<String> setCookies = new ArrayList<>();
        BrowserSignIn.open(home.toString(), "analyst", new HashMap<>(), setCookies).then().statusCode(200);

        // the cookie lives the ID token's 5 minutes (the realm's) plus the configured 30 minutes of idle time
        long maxAge = setCookies.stream().filter(cookie -> cookie.startsWith("q_session"))
                .map(cookie -> Pattern.compile("(?i)max-age=(\\d+)").matcher(cookie))
                .filter(Matcher::find).mapToLong(found -> Long.parseLong(found.group(1))).max().orElseThrow();
        assertThat(maxAge).isBetween(idleTimeout.toSeconds(), idleTimeout.toSeconds() + 300);
        assertThat(idleTimeout).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void typingIntoAFormKeepsTheSessionAliveThroughTheConsolesOwnScript() {
        Map<String, Map<String, String>> jar = new HashMap<>();
        String page = BrowserSignIn.open(home.toString(), "analyst", jar).asString();
        assertThat(page).contains("<script src=\"/static/keepalive.js\" defer></script>");
        assertThat(given().get(home.resolve("/static/keepalive.js")).asString()).contains("/session/alive")
                .contains("'input'");
        assertThat(BrowserSignIn.open(home.resolve("/session/alive").toString(), "analyst", jar).statusCode())
                .isEqualTo(204);
        assertThat(given().redirects().follow(false).get(home.resolve("/session/alive")).statusCode()).isEqualTo(302);
    }

    @Test
    void theLanguageSwitchGivesTheUrduPageRightToLeftAndIsRemembered() {
        Response page = BrowserSignIn.open(home + "?lang=ur", "analyst");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(html).contains("lang=\"ur\" dir=\"rtl\"").contains("ابتدائی صفحہ").contains("/static/urdu.css")
                .contains("hreflang=\"en\">English</a>");
        assertThat(page.headers().getValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("helpline-lang=ur;"));
    }

    @Test
    void whenCaseServiceCannotBeReachedTheWorklistPageSaysSoCalmlyInThePersonsLanguage() {
        Response english = BrowserSignIn.open(home.toString(), "associate");
        Response urdu = BrowserSignIn.open(home + "?lang=ur", "associate");

        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.asString()).contains("A helpline service could not be reached").contains("Nothing was saved")
                .doesNotContain("Exception").doesNotContain("at org.");
        assertThat(urdu.statusCode()).isEqualTo(503);
        assertThat(urdu.asString()).contains("dir=\"rtl\"").contains("کچھ محفوظ نہیں ہوا");
    }

    @Test
    void anAddressWithoutAPageGivesTheNotFoundPageInThePersonsLanguage() {
        Response page = BrowserSignIn.open(home + "no-such-page?lang=ur", "analyst");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.asString()).contains("dir=\"rtl\"").contains("نہیں ملا").contains("href=\"/\"");
    }

    @Test
    void theSignedOutPageIsOpenToAnybody() {
        given().redirects().follow(false).get(home.resolve("/signed-out")).then().statusCode(200)
                .header("Cache-Control", "no-store");
    }

    @Test
    void theNastaliqFontIsTheConsolesOwnUnder300KilobytesAndOnlyTheUrduStylesheetAsksForIt() {
        Response font = given().get(home.resolve("/static/fonts/noto-nastaliq-urdu-arabic-400-normal.woff2"));
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.contentType()).isEqualTo("font/woff2");
        assertThat(font.asByteArray().length).isBetween(10_000, 300_000);
        assertThat(given().get(home.resolve("/static/urdu.css")).asString())
                .contains("/static/fonts/noto-nastaliq-urdu-arabic-400-normal.woff2").contains("unicode-range");
        assertThat(given().get(home.resolve("/static/console.css")).asString()).doesNotContain("woff2");
    }

    @Test
    void theStylesheetsNeedNoSessionAndMayBeCached() {
        given().redirects().follow(false).get(home.resolve("/static/console.css")).then().statusCode(200)
                .header("Cache-Control", "public, max-age=86400");
    }

    private static void noTokenIn(String html) {
        // a JWT is three base64url parts; its header always starts with eyJ
        for (String word : List.of(html.split("[\\s\"'<>]"))) {
            assertThat(word).as("a token on the page").doesNotMatch("eyJ[A-Za-z0-9_-]{10,}\\..*");
        }
    }
}
