package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Least privilege in the keys of the running stack: each service process was given its own secrets only (read
 * from its environment as the kernel keeps it), no process holds a personal-data key (those are in case-service's
 * token), and a key the token destroyed leaves no file of it there.
 */
class KeysHeldIT extends OnTheLocalStack {

    private static final Map<String, Set<String>> OWN_SECRETS = Map.of(
            "intake-service", Set.of("HELPLINE_PHONE_CALLER_HASH_KEY", "HELPLINE_IDEMPOTENCY_FINGERPRINT_KEY",
                    "HELPLINE_TRACKING_CODE_KEY"),
            "case-service", Set.of("HELPLINE_PERSONAL_DATA_TOKEN_PIN"),
            "escalation-service", Set.of(),
            "referral-service", Set.of(),
            "analytics-service", Set.of(),
            "console", Set.of("HELPLINE_CONSOLE_SESSION_KEY", "HELPLINE_CONSOLE_STATE_KEY",
                    "HELPLINE_CONSOLE_CSRF_KEY"));

    @Test
    void eachServiceProcessHoldsOnlyItsOwnSecretsAndNoneAPersonalDataKey() {
        Map<String, String> secrets = stack.secrets();
        assertThat(secrets).as("the stack's secrets").containsKeys("HELPLINE_PERSONAL_DATA_TOKEN_PIN",
                "HELPLINE_TRACKING_CODE_KEY").doesNotContainKeys("HELPLINE_PERSONAL_DATA_MASTER_KEY",
                "HELPLINE_PERSONAL_DATA_HANDOFF_KEY");
        OWN_SECRETS.forEach((service, own) -> {
            List<String> environment = stack.environmentOf(service);
            assertThat(environment).as(service + "'s environment").isNotEmpty();
            secrets.forEach((name, value) -> {
                boolean held = environment.stream().anyMatch(entry -> entry.endsWith("=" + value));
                assertThat(held).as(service + " holds " + name).isEqualTo(own.contains(name));
            });
            assertThat(environment).as(service + ": no personal-data key in its environment")
                    .noneMatch(entry -> entry.startsWith("HELPLINE_PERSONAL_DATA_MASTER_KEY")
                            || entry.startsWith("HELPLINE_PERSONAL_DATA_HANDOFF_KEY"));
        });
    }

    @Test
    void aRotationDestroysTheKeyEncryptionKeyNothingNeedsAndItsFileLeavesTheToken() throws IOException {
        Set<Path> before = tokenFiles();
        // the KEK of before wraps nothing once the rotation has re-wrapped every data key under the new one
        given().post(stack.url("case-service") + "/api/personal-data/key-rotations").then().statusCode(200)
                .body("destroyed", hasItem(startsWith("kek-")));
        Set<Path> after = tokenFiles();
        assertThat(before).as("token objects before the rotation").isNotEmpty();
        assertThat(after).as("the destroyed key's object file is gone").isNotEqualTo(before);
        assertThat(before.stream().filter(file -> !after.contains(file))).as("files gone").isNotEmpty();
    }

    private static Set<Path> tokenFiles() throws IOException {
        try (Stream<Path> files = Files.walk(stack.keyTokenFolder())) {
            return Set.copyOf(files.filter(file -> file.getFileName().toString().endsWith(".object")).toList());
        }
    }
}
