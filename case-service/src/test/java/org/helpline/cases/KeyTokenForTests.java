package org.helpline.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PKCS#11 token for case-service's tests: a fresh SoftHSM2 token (Debian's {@code softhsm2}) at the path the
 * build gives in {@code SOFTHSM2_CONF} (the library reads nothing else), initialised with the test profile's PIN.
 * Its folder is {@link #tokens()}: a test can see that a destroyed key's file is gone.
 */
public class KeyTokenForTests implements QuarkusTestResourceLifecycleManager {

    static final String PIN = "test-only-token-pin";

    /** The token folder of the test run. */
    public static Path tokens() {
        return configuration().resolveSibling("tokens");
    }

    private static Path configuration() {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set: run the tests with Maven (case-service/pom.xml sets it)");
        }
        return Path.of(conf);
    }

    @Override
    public Map<String, String> start() {
        Path conf = configuration();
        Path tokens = tokens();
        try {
            if (Files.exists(tokens)) {
                try (Stream<Path> old = Files.walk(tokens)) {
                    old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(tokens);
            Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
                    + "log.level = ERROR\nslots.removable = false\n", StandardCharsets.UTF_8);
            Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "helpline-test",
                    "--so-pin", "test-only-so-pin", "--pin", PIN).redirectErrorStream(true).start();
            String said = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (init.waitFor() != 0) {
                throw new IllegalStateException("softhsm2-util could not make the test token: " + said);
            }
        } catch (IOException e) {
            throw new IllegalStateException("no test key token (is Debian's softhsm2 installed? .ci/run installs it): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the test token", e);
        }
        return Map.of("helpline.personal-data.token.pin", PIN);
    }

    @Override
    public void stop() {
        // the token stays in target/ for a look after the run; the next run starts a fresh one
    }
}
