package org.helpline.console;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.helpline.platform.testing.FreePorts;
import org.helpline.platform.testing.KeycloakServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The console's tests sign in at a real Keycloak (the helpline realm, client helpline-console). No service runs
 * beside it: each service's address is a free port nobody listens on, so that a page that needs it shows what a
 * person sees when a service is down. The pages over running services are tested end to end (deploy/end-to-end).
 */
public class ConsoleInfrastructure implements QuarkusTestResourceLifecycleManager {

    private KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        keycloak = KeycloakServer.start(Path.of("target", "test-infra", "keycloak"));
        Map<String, String> config = new HashMap<>(Map.of("quarkus.oidc.auth-server-url", keycloak.issuer()));
        for (String service : new String[] {"intake", "case", "escalation", "referral", "analytics"}) {
            config.put("quarkus.rest-client." + service + "-service.url", "http://127.0.0.1:" + FreePorts.next());
        }
        return config;
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
