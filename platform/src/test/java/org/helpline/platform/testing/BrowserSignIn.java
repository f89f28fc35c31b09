package org.helpline.platform.testing;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Opens a page the way a browser does: no bearer token, so the service sends it to the realm's login page;
 * the form is filled in with a local demo user (password {@code demo}) and the redirects are followed back,
 * cookies and all, until the page itself answers. Cookies are kept per host by hand: Keycloak marks its
 * login cookies {@code Secure}, which a browser honours on 127.0.0.1 (a trustworthy origin) but an HTTP
 * client's cookie store does not.
 */
public final class BrowserSignIn {

    private static final Pattern HIDDEN_FIELD = Pattern
            .compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private BrowserSignIn() {
    }

    public static Response open(String url, String username) {
        return open(url, username, new HashMap<>());
    }

    /**
     * As {@link #open(String, String)}, keeping the cookies in {@code jar} (host → name → value): a test reads
     * the session cookie's size there, or sends the next request with it.
     */
    public static Response open(String url, String username, Map<String, Map<String, String>> jar) {
        return open(url, username, jar, new ArrayList<>());
    }

    /** As {@link #open(String, String, Map)}, adding every {@code Set-Cookie} header on the way to {@code setCookies}. */
    public static Response open(String url, String username, Map<String, Map<String, String>> jar,
            List<String> setCookies) {
        Response response = send(jar, url, null);
        setCookies.addAll(response.headers().getValues("Set-Cookie"));
        for (int hop = 0; hop < 10; hop++) {
            if (response.statusCode() == 302 || response.statusCode() == 303) {
                url = URI.create(url).resolve(response.header("Location")).toString();
                response = send(jar, url, null);
                setCookies.addAll(response.headers().getValues("Set-Cookie"));
                continue;
            }
            Matcher form = LOGIN_FORM.matcher(response.asString());
            if (response.statusCode() != 200 || !form.find()) {
                return response;
            }
            url = form.group(1).replace("&amp;", "&");
            response = send(jar, url, Map.of("username", username, "password", "demo"));
            setCookies.addAll(response.headers().getValues("Set-Cookie"));
        }
        throw new AssertionError("still redirected after 10 hops from " + url);
    }

    /**
     * Posts a form the way a browser does, with the cookies of {@code jar} (a session {@link #open} started),
     * every value URL-encoded as UTF-8; the answer is not followed.
     */
    public static Response submit(String url, Map<String, String> form, Map<String, Map<String, String>> jar) {
        Map<String, String> encoded = new LinkedHashMap<>();
        form.forEach((name, value) -> encoded.put(URLEncoder.encode(name, StandardCharsets.UTF_8),
                URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(jar, url, encoded);
    }

    /** The hidden fields of a page's forms (name → value), as a browser would send them: CSRF tokens, keys. */
    public static Map<String, String> hiddenFields(Response page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN_FIELD.matcher(page.asString());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        return fields;
    }

    private static Response send(Map<String, Map<String, String>> jar, String url, Map<String, String> form) {
        String host = URI.create(url).getHost();
        Map<String, String> cookies = jar.computeIfAbsent(host, h -> new LinkedHashMap<>());
        RequestSpecification request = given().auth().none().redirects().follow(false).urlEncodingEnabled(false);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        Response response = form == null ? request.get(url)
                : request.contentType("application/x-www-form-urlencoded").formParams(form).post(url);
        for (String set : response.headers().getValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }
}
