package org.helpline.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A real Keycloak (the server distribution deploy/keycloak-runtime unpacks from Maven Central) in its
 * own process, on free loopback ports, with a fresh database under {@code home} and the helpline realm
 * of deploy/config/keycloak imported through the admin API. The distribution is "built" once (Keycloak's
 * build-time options: dev-file database, health, local cache); later starts are optimized (~15–25 s).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "helpline";
    private static final String BUILD_OPTIONS = "--db=dev-file --health-enabled=true --cache=local";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ServerProcess server;
    private final int port;
    private final String adminPassword;

    private KeycloakServer(ServerProcess server, int port, String adminPassword) {
        this.server = server;
        this.adminPassword = adminPassword;
        this.port = port;
    }

    public static KeycloakServer start(Path where) {
        Path home = where.toAbsolutePath().normalize(); // H2 refuses a relative database path
        return ServerProcess.unchecked(() -> {
            Orphans.kill(home.resolve("keycloak.pid"), "keycloak");
            Orphans.deleteRecursively(home.resolve("h2"));
            Files.createDirectories(home);
            Path dist = distribution();
            buildOnce(dist, home);
            int port = FreePorts.next();
            int management = FreePorts.next();
            String adminPassword = UUID.randomUUID().toString();
            ProcessBuilder builder = new ProcessBuilder(dist.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--http-enabled=true", "--hostname=http://127.0.0.1:" + port, "--http-host=127.0.0.1",
                    "--http-port=" + port, "--http-management-port=" + management,
                    "--db-url=jdbc:h2:file:" + home.resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE");
            environment(builder);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            ServerProcess server = ServerProcess.start("Keycloak", builder, home.resolve("keycloak.log"),
                    home.resolve("keycloak.pid"), home.resolve("h2"));
            // listening comes several seconds before ready: the management port's readiness is what counts
            URI ready = URI.create("http://127.0.0.1:" + management + "/health/ready");
            server.awaitReady(Duration.ofSeconds(180), Duration.ofMillis(250),
                    () -> HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200);
            KeycloakServer started = new KeycloakServer(server, port, adminPassword);
            started.importRealm();
            return started;
        });
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer the services trust: {@code quarkus.oidc.auth-server-url}. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** The services' tests take their tokens through {@link Staff}; this one imports the realm. */
    private String adminToken() {
        return Tokens.admin(url(), adminPassword);
    }

    @Override
    public void close() {
        server.stop();
    }

    private void importRealm() throws IOException, InterruptedException {
        String admin = adminToken();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(realmFile())).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("realm import answered " + created.statusCode() + ": " + created.body());
        }
    }

    /** Keycloak's build step rewrites the distribution: once per option set, and never by two JVMs at once. */
    private static void buildOnce(Path dist, Path home) throws IOException, InterruptedException {
        Path marker = dist.resolve(".helpline-build");
        try (FileChannel channel = FileChannel.open(dist.resolve(".helpline-build.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            if (Files.exists(marker) && Files.readString(marker).equals(BUILD_OPTIONS)) {
                return;
            }
            List<String> command = new java.util.ArrayList<>(List.of(dist.resolve("bin/kc.sh").toString(), "build"));
            command.addAll(List.of(BUILD_OPTIONS.split(" ")));
            ProcessBuilder builder = new ProcessBuilder(command);
            environment(builder);
            ServerProcess.runToEnd("kc.sh build", builder, home.resolve("keycloak-build.log"), Duration.ofMinutes(5));
            Files.writeString(marker, BUILD_OPTIONS);
        }
    }

    private static void environment(ProcessBuilder builder) {
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_APPEND", "-Xms64m -Xmx512m -XX:TieredStopAtLevel=1");
    }

    static Path distribution() {
        String configured = System.getProperty("keycloak.dist.dir");
        List<Path> roots = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../deploy/keycloak-runtime/target/keycloak-dist"),
                        Path.of("../../deploy/keycloak-runtime/target/keycloak-dist"),
                        Path.of("deploy/keycloak-runtime/target/keycloak-dist"));
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (var children = Files.list(root)) {
                    Path dist = children.filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh"))).findFirst().orElse(null);
                    if (dist != null) {
                        return dist.toAbsolutePath().normalize();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("Keycloak not found: build deploy/keycloak-runtime first (mvn install from the root)");
    }

    static Path realmFile() {
        for (Path candidate : List.of(Path.of("../deploy/config/keycloak/helpline-realm.json"),
                Path.of("../../deploy/config/keycloak/helpline-realm.json"),
                Path.of("deploy/config/keycloak/helpline-realm.json"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("deploy/config/keycloak/helpline-realm.json not found");
    }

}
