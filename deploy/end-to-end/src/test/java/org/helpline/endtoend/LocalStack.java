package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.helpline.platform.testing.FreePorts;
import org.helpline.platform.testing.Tokens;

/**
 * A second deploy/stack on free ports with its own state folder under target/, so that the test runs
 * the very script a user runs, and never collides with the user's own stack. The state folder sits in
 * a folder only its owner may enter, like a clone in /root or in mktemp -d: PostgreSQL (run as the
 * postgres user when the tests run as root) must work from there too.
 */
final class LocalStack implements AutoCloseable {

    static final List<String> SERVICES = List.of("intake-service", "case-service", "escalation-service",
            "referral-service", "analytics-service");

    /** SNAPCHAT escalations age out after this here, so that a test can watch the clock run out. */
    static final Duration SNAPCHAT_AGEING = Duration.ofSeconds(20);

    private static LocalStack shared;

    private final Path root;
    private final Path state;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    LocalStack() {
        root = Path.of(System.getProperty("helpline.root", "../..")).toAbsolutePath().normalize();
        state = privateFolder(Path.of("target", "e2e-private").toAbsolutePath()).resolve("stack");
        env.put("HELPLINE_STATE_DIR", state.toString());
        env.put("HELPLINE_SKIP_BUILD", "1");
        env.put("HELPLINE_ESCALATIONS_AGEING_PER_PLATFORM", "SNAPCHAT=" + SNAPCHAT_AGEING.toSeconds() + "s");
        env.put("HELPLINE_ESCALATIONS_AGEING_SWEEP_INTERVAL", "2s");
        // the services live for these tests only: C1 alone warms up sooner (see deploy/stack)
        env.put("HELPLINE_SERVICE_JAVA_OPTS", "-XX:TieredStopAtLevel=1");
        // recording a class-data archive makes each stop seconds longer, for starts these tests barely repeat
        env.put("HELPLINE_CLASS_DATA", "off");
        port("HELPLINE_KAFKA_PORT", "kafka");
        port("HELPLINE_KAFKA_CONTROLLER_PORT", "kafka-controller");
        port("HELPLINE_PG_PORT", "postgres");
        port("HELPLINE_KEYCLOAK_PORT", "keycloak");
        port("HELPLINE_KEYCLOAK_MANAGEMENT_PORT", "keycloak-management");
        port("HELPLINE_INTAKE_PORT", "intake-service");
        port("HELPLINE_CASE_PORT", "case-service");
        port("HELPLINE_ESCALATION_PORT", "escalation-service");
        port("HELPLINE_REFERRAL_PORT", "referral-service");
        port("HELPLINE_ANALYTICS_PORT", "analytics-service");
        port("HELPLINE_CONSOLE_PORT", "console");
    }

    /**
     * The one stack of this test JVM, started (from a clean state) by the first test class that asks;
     * every end-to-end class shares it, and it is stopped when the JVM exits.
     */
    static synchronized LocalStack shared() {
        if (shared == null) {
            LocalStack stack = new LocalStack();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            stack.reset();
            stack.up();
            shared = stack;
        }
        return shared;
    }

    private static Path privateFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void port(String variable, String name) {
        int port = FreePorts.next();
        env.put(variable, Integer.toString(port));
        ports.put(name, port);
    }

    /** The issuer of the stack's Keycloak realm (tokens are valid only with exactly this host and port). */
    String keycloakIssuer() {
        return "http://127.0.0.1:" + ports.get("keycloak") + "/realms/helpline";
    }

    String keycloakUrl() {
        return "http://127.0.0.1:" + ports.get("keycloak");
    }

    /** An admin token of the stack's Keycloak (bootstrap admin; its password is in the state's secrets.env). */
    String keycloakAdminToken() {
        String password = secrets().get("HELPLINE_KEYCLOAK_ADMIN_PASSWORD");
        if (password == null) {
            throw new IllegalStateException("no Keycloak admin password in secrets.env");
        }
        return Tokens.admin(keycloakUrl(), password);
    }

    /** The stack's secrets.env: name → value. */
    Map<String, String> secrets() {
        try {
            Map<String, String> secrets = new LinkedHashMap<>();
            for (String line : Files.readAllLines(state.resolve("secrets.env"))) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    secrets.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            return secrets;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The environment a running service was started with (Linux: /proc/PID/environ), one NAME=value per entry. */
    List<String> environmentOf(String service) {
        try {
            String pid = Files.readString(state.resolve("pids").resolve(service + ".pid")).trim();
            String environ = Files.readString(Path.of("/proc", pid, "environ"), StandardCharsets.UTF_8);
            return List.of(environ.split("\0"));
        } catch (IOException e) {
            throw new IllegalStateException("the environment of " + service + " cannot be read", e);
        }
    }

    /** The folder of case-service's key token (SoftHSM2's token files). */
    Path keyTokenFolder() {
        return state.resolve("key-token").resolve("tokens");
    }

    /** The repository's root folder. */
    Path root() {
        return root;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** Waits (up to a minute) until analytics' report of {@code year} shows {@code expected} at {@code path}. */
    void awaitReport(int year, String path, int expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get(url("analytics-service") + "/api/reports/" + year).then().statusCode(200)
                        .body(path, equalTo(expected)));
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + ports.get("postgres") + "/" + database;
    }

    Path logs() {
        return state.resolve("logs");
    }

    String kafka() {
        return "127.0.0.1:" + ports.get("kafka");
    }

    /** deploy/stack reset: stops what an earlier (perhaps killed) run left and wipes its state. */
    void reset() {
        run("reset");
    }

    /** deploy/stack up: starts whatever is not running and waits until every service is ready. */
    void up() {
        run("up");
    }

    /** deploy/stack demo: the calibrated demo year, exactly as the README's first command loads it. */
    void demo() {
        run("demo");
    }

    /**
     * deploy/stack demo once more, past its "already loaded" check: every contact is sent again with its
     * Idempotency-Key, so that only the keys keep the year from being counted twice.
     */
    void demoSentAgain() {
        run(Map.of("HELPLINE_DEMO_RESEND", "1"), "demo");
    }

    /** Waits until analytics has applied every event on every topic (lag 0 as its status reports it). */
    void awaitAnalyticsCaughtUp() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get(url("analytics-service") + "/api/projections/status").then().statusCode(200)
                        .body("lag", everyItem(equalTo(0))));
    }

    void stop(String part) {
        run("stop", part);
    }

    /** SIGKILL, as a crash would: no shutdown hook runs, nothing is flushed. */
    void crash(String service) throws IOException {
        long pid = Long.parseLong(Files.readString(state.resolve("pids").resolve(service + ".pid")).trim());
        ProcessHandle.of(pid).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
    }

    /**
     * deploy/stack reset: PostgreSQL's files may live outside target/ (see deploy/stack), and a CI machine
     * would otherwise keep one copy per clone. The logs are copied to target/e2e-logs first, for whoever
     * reads a failure. (Runs in a shutdown hook: failsafe's forkedProcessExitTimeoutInSeconds bounds it.)
     */
    @Override
    public void close() {
        Path kept = Path.of("target", "e2e-logs").toAbsolutePath();
        try (Stream<Path> logs = Files.list(logs())) {
            Files.createDirectories(kept);
            for (Path log : logs.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("could not keep the stack's logs: " + e);
        }
        run("reset");
    }

    private void run(String... args) {
        run(Map.of(), args);
    }

    /** deploy/stack watch with these arguments (--until-end among them): what it printed, a line each. */
    List<String> watch(String... args) {
        List<String> command = new ArrayList<>(List.of("watch"));
        command.addAll(List.of(args));
        return printed(Duration.ofMinutes(2), command.toArray(String[]::new));
    }

    /** deploy/stack with these arguments, given at most {@code limit}: what it printed on stdout, a line each. */
    List<String> printed(Duration limit, String... args) {
        List<String> command = new ArrayList<>(List.of(root.resolve("deploy/stack").toString()));
        command.addAll(List.of(args));
        try {
            Path printed = Files.createTempFile(Path.of("target"), args[0] + "-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(printed.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target", "e2e-stack.log").toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            boolean ended = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            List<String> lines = Files.readAllLines(printed, StandardCharsets.UTF_8);
            if (!ended || process.exitValue() != 0) {
                throw new IllegalStateException("deploy/stack " + String.join(" ", args)
                        + (ended ? " failed: " : " did not end in " + limit + ": ") + lines);
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void run(Map<String, String> extraEnv, String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("deploy/stack").toString());
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "e2e-stack.log").toFile()));
            builder.environment().putAll(env);
            builder.environment().putAll(extraEnv);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("deploy/stack " + String.join(" ", args)
                        + " failed; see target/e2e-stack.log and " + state.resolve("logs")
                        + " (target/e2e-logs once the tests are over)");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
