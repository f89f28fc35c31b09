package org.helpline.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Keycloak the services' tests will rely on: the helpline realm, its users, roles and audience. */
class KeycloakServerTest {

    private static KeycloakServer keycloak;

    @BeforeAll
    static void start() {
        keycloak = KeycloakServer.start(Path.of("target", "keycloak-test"));
    }

    @AfterAll
    static void stop() {
        keycloak.close();
    }

    @Test
    void aDemoUsersTokenCarriesItsRoleTheServicesAudienceAndThePinnedIssuer() {
        String claims = claims(keycloak.tokenOf("digisec"));

        assertThat(claims).contains("\"digital-security\"").contains("\"helpline-api\"")
                .contains("\"iss\":\"" + keycloak.issuer() + "\"").doesNotContain("\"supervisor\"");
    }

    @Test
    void thePhoneSystemsServiceAccountHasOnlyItsOwnRole() {
        String claims = claims(keycloak.serviceToken("phone-system", "phone-system-secret"));

        assertThat(claims).contains("\"phone-system\"").doesNotContain("\"associate\"");
    }

    @Test
    void aWrongSecretGetsNoToken() {
        assertThatThrownBy(() -> keycloak.serviceToken("phone-system", "guessed")).hasMessageContaining("401");
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
