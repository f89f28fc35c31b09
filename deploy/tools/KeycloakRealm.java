import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the local helpline realm (deploy/config/keycloak/helpline-realm.json) into a running Keycloak
 * through its admin API, unless the realm is already there (a restarted stack keeps its realm and its
 * users' changes). The bootstrap admin's password comes from the environment, never from the command line.
 * {@code KEYCLOAK_ADMIN_PASSWORD=... java KeycloakRealm.java http://127.0.0.1:8180 REALM_FILE}
 */
public class KeycloakRealm {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String keycloak = args[0];
        Path realmFile = Path.of(args[1]);
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(System.getenv("KEYCLOAK_ADMIN_PASSWORD"), StandardCharsets.UTF_8);
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(
                URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin login answered " + token.statusCode());
        }
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
        if (!m.find()) {
            throw new IllegalStateException("no admin token in Keycloak's answer");
        }
        String bearer = "Bearer " + m.group(1);
        HttpResponse<Void> existing = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/helpline"))
                .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.discarding());
        if (existing.statusCode() == 200) {
            System.out.println("Realm helpline already imported.");
            return;
        }
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms"))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(realmFile)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("realm import answered " + created.statusCode() + ": " + created.body());
        }
        System.out.println("Realm helpline imported (local demo users: associate, legal, digisec, analyst, supervisor).");
    }
}
