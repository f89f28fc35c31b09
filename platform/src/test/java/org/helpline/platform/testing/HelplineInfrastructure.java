package org.helpline.platform.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Test resource of every service: a real Kafka broker, a real PostgreSQL and a real Keycloak (the helpline
 * realm) on free ports, started in parallel, topics created up front (with their dead-letter twins). Dev
 * Services are off: they need Docker. Declared once per module (on one test class) so all its tests share
 * one set. Tests call the services with tokens from {@link Staff}.
 */
public class HelplineInfrastructure implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker kafka;
    private Postgres postgres;
    private KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        Path home = Path.of("target", "test-infra").toAbsolutePath();
        // Keycloak takes longest (~20 s): first, so the others start while it boots
        CompletableFuture<KeycloakServer> identity = CompletableFuture.supplyAsync(
                () -> KeycloakServer.start(home.resolve("keycloak")));
        CompletableFuture<Postgres> pg = CompletableFuture.supplyAsync(() -> Postgres.start(home.resolve("pg")));
        kafka = KafkaBroker.start(home.resolve("kafka"));
        kafka.createHelplineTopics();
        postgres = pg.join();
        postgres.createDatabase("service");
        keycloak = identity.join();
        return Map.of(
                "quarkus.oidc.auth-server-url", keycloak.issuer(),
                "helpline.keycloak.url", keycloak.url(),
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl("service"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
