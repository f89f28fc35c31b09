package org.helpline.tools.keycloak;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.helpline.tools.stackclient.Json;
import org.helpline.tools.stackclient.PasswordGrant;

/**
 * Imports the local helpline realm (deploy/config/keycloak/helpline-realm.json) into a running Keycloak
 * through its admin API, unless the realm is already there (a restarted stack keeps its realm, its users and
 * their changes): then only the file's clients that the realm lacks are added (a stack made before the staff
 * console gets its client {@code helpline-console}), and the file's session and login-page settings (SSO idle
 * time, the login theme and its languages) are set again on every start, over any change made to those five in
 * Keycloak's admin console. The bootstrap admin's password comes from the environment, never from the command line.
 * {@code KEYCLOAK_ADMIN_PASSWORD=... KeycloakRealm http://127.0.0.1:8180 REALM_FILE}, run by {@code deploy/stack up}.
 */
public final class KeycloakRealm {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakRealm() {
    }

    public static void main(String[] args) throws Exception {
        String keycloak = args[0];
        Path realmFile = Path.of(args[1]);
        PasswordGrant.Answer login = PasswordGrant.request(HTTP, keycloak + "/realms/master", "admin-cli", "admin",
                System.getenv("KEYCLOAK_ADMIN_PASSWORD"));
        if (login.status() != 200) {
            throw new IllegalStateException("Keycloak's admin login answered " + login.status());
        }
        String bearer = "Bearer " + login.accessToken()
                .orElseThrow(() -> new IllegalStateException("no admin token in Keycloak's answer"));
        HttpResponse<Void> existing = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/helpline"))
                .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.discarding());
        if (existing.statusCode() == 200) {
            addMissingClients(keycloak, bearer, realmFile);
            applySessionAndLoginSettings(keycloak, bearer, realmFile);
            return;
        }
        // the realm file is Keycloak's own representation, sent as it is
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms"))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(realmFile)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("realm import answered " + created.statusCode() + ": " + created.body());
        }
        System.out.println("Realm helpline imported (local demo users: associate, legal, digisec, analyst, supervisor).");
    }

    /** The realm settings a later version changed, applied to a realm an earlier one imported; nothing else. */
    private static final List<String> SESSION_AND_LOGIN_SETTINGS = List.of("ssoSessionIdleTimeout", "loginTheme",
            "internationalizationEnabled", "supportedLocales", "defaultLocale");

    private static void applySessionAndLoginSettings(String keycloak, String bearer, Path realmFile) throws Exception {
        JsonNode file = Json.MAPPER.readTree(realmFile.toFile());
        ObjectNode settings = Json.MAPPER.createObjectNode();
        SESSION_AND_LOGIN_SETTINGS.stream().filter(file::has).forEach(name -> settings.set(name, file.get(name)));
        // Keycloak's realm update changes only the fields it is given
        HttpResponse<String> updated = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/helpline"))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.write(settings))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (updated.statusCode() != 204) {
            throw new IllegalStateException("updating the realm's login settings answered " + updated.statusCode());
        }
    }

    private static void addMissingClients(String keycloak, String bearer, Path realmFile) throws Exception {
        String clients = keycloak + "/admin/realms/helpline/clients";
        for (JsonNode client : Json.MAPPER.readTree(realmFile.toFile()).path("clients")) {
            String clientId = client.path("clientId").asText();
            HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(clients + "?clientId="
                    + URLEncoder.encode(clientId, StandardCharsets.UTF_8))).header("Authorization", bearer).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (found.statusCode() != 200) {
                throw new IllegalStateException("looking up client " + clientId + " answered " + found.statusCode());
            }
            if (Json.MAPPER.readTree(found.body()).isEmpty()) {
                HttpResponse<String> added = HTTP.send(HttpRequest.newBuilder(URI.create(clients))
                        .header("Authorization", bearer).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(client))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (added.statusCode() != 201) {
                    throw new IllegalStateException("adding client " + clientId + " answered " + added.statusCode());
                }
                System.out.println("Realm helpline: client " + clientId + " added.");
            }
        }
        System.out.println("Realm helpline already imported.");
    }
}
