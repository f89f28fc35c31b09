package org.helpline.platform.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Test resource of every service: a real Kafka broker, a real PostgreSQL and a real Keycloak (the helpline
 * realm) on free ports, started in parallel, topics created up front (with their dead-letter twins). Dev
 * Services are off: they need Docker. Declared once per module (on one test class, or alike on several) so all its tests share
 * one set. Tests call the services with tokens from {@link Staff}.
 *
 * <p>Init arg {@value #KEYCLOAK} = {@code false} leaves Keycloak out (it takes longest to start) for tests
 * that call no secured endpoint; their test profile then sets {@code quarkus.oidc.tenant-enabled=false}.
 */
public class HelplineInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** Init arg: {@code false} starts no Keycloak. */
    public static final String KEYCLOAK = "keycloak";

    private boolean withKeycloak = true;
    private KafkaBroker kafka;
    private Postgres postgres;
    private KeycloakServer keycloak;

    @Override
    public void init(Map<String, String> initArgs) {
        withKeycloak = !"false".equals(initArgs.get(KEYCLOAK));
    }

    @Override
    public Map<String, String> start() {
        Path home = Path.of("target", "test-infra").toAbsolutePath();
        // Keycloak takes longest (~20 s): first, so the others start while it boots
        CompletableFuture<KeycloakServer> identity = withKeycloak
                ? CompletableFuture.supplyAsync(() -> KeycloakServer.start(home.resolve("keycloak")))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<Postgres> pg = CompletableFuture.supplyAsync(() -> Postgres.start(home.resolve("pg")));
        kafka = KafkaBroker.start(home.resolve("kafka"));
        kafka.createHelplineTopics();
        postgres = pg.join();
        postgres.createDatabase("service");
        keycloak = identity.join();
        Map<String, String> config = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl("service"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"));
        if (keycloak != null) {
            config.put("quarkus.oidc.auth-server-url", keycloak.issuer());
            config.put("helpline.keycloak.url", keycloak.url());
        }
        return config;
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
