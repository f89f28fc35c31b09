package org.helpline.cases.personaldata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import org.helpline.cases.CaseServiceTest;
import org.helpline.cases.KeyTokenForTests;
import org.helpline.cases.personaldata.keys.HandoffKeys;
import org.helpline.cases.personaldata.keys.KeyToken;
import org.helpline.cases.personaldata.keys.WrappedKeys;
import org.helpline.platform.privacy.Envelope;
import org.helpline.platform.privacy.PersonalData;
import org.helpline.platform.privacy.Sealing;
import org.helpline.platform.testing.HelplineInfrastructure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The finding this answers: an erased case's wrapped data key and the entry intake sealed for it were found byte
 * for byte in PostgreSQL's WAL after the erasure. After the rotation that follows, they still are (a copy of the
 * data folder or a backup keeps them), but no key that case-service, its token or its configuration still holds
 * opens either; a case that was not erased reads as before.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class ErasureBeyondEveryCopyTest extends CaseServiceTest {

    @Inject
    KeyToken token;
    @Inject
    WrappedKeys wrappedKeys;
    @Inject
    HandoffKeys handoffKeys;

    @Test
    void afterTheNextRotationNoKeyStillHeldOpensAnErasedCasesCopiesInTheDatabaseFolder() {
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID entryId = UUID.randomUUID();
        // what intake's database (and its WAL) holds until the courier has delivered it
        String envelope = Handoffs.sealed(erased, entryId, "{\"name\":\"Erase-me-for-good\"}");
        Handoffs.handOverSealed(erased, entryId, envelope).statusCode(204);
        Handoffs.handOver(kept, entryId, "{\"name\":\"Still here\"}").statusCode(204);
        Object[] key = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select wrapped_key, kek_id from case_data_key where case_id = ?1")
                .setParameter(1, erased).getSingleResult());
        byte[] wrappedKey = (byte[]) key[0];
        String kek = (String) key[1];
        byte[] entry = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("select sealed from personal_data_entry where case_id = ?1")
                .setParameter(1, erased).getSingleResult());

        given().contentType(ContentType.JSON).body(Map.of("reason", "REQUESTED_BY_COMPLAINANT"))
                .delete("/api/cases/" + erased + "/personal-data").then().statusCode(200);
        given().post("/api/personal-data/key-rotations").then().statusCode(200)
                .body("destroyed", hasItem(kek));

        // the copies are still in the data folder, WAL included: what a disk copy or a backup would hold
        Path dataFolder = Path.of("target", "test-infra", "pg");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> folderHolds(dataFolder, wrappedKey) && folderHolds(dataFolder, entry));

        assertThat(token.labels()).as("the KEK that wrapped the erased key is gone from the token").doesNotContain(kek)
                .isNotEmpty();
        assertThat(KeyTokenForTests.tokens()).isDirectory();
        for (String label : token.labels()) {
            assertThatThrownBy(() -> token.unwrap(label, wrappedKey, "data-key:" + erased))
                    .as("token key " + label).isInstanceOf(Sealing.BrokenSeal.class);
        }
        byte[] legacy = Sealing.key(ConfigProvider.getConfig()
                .getValue("helpline.personal-data.legacy-master-keys", String.class).substring(3), "k0");
        assertThatThrownBy(() -> Sealing.open(legacy, wrappedKey, "data-key:" + erased))
                .isInstanceOf(Sealing.BrokenSeal.class);
        // without the data key the entry is noise; and intake's envelope: its pair is forgotten, no kept pair opens it
        byte[] intakeCopy = Base64.getDecoder().decode(envelope);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> handoffKeys.open(intakeCopy,
                PersonalData.handoffPlace(erased, entryId)))).isInstanceOf(Sealing.BrokenSeal.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                .createNativeQuery("select count(*) from handoff_key where id = ?1")
                .setParameter(1, Envelope.keyIdOf(intakeCopy)).getSingleResult()).intValue()).isZero();

        given().queryParam("purpose", "CASE_WORK").get("/api/cases/" + kept + "/personal-data").then()
                .statusCode(200).body("[0].data.name", equalTo("Still here"));
        given().queryParam("purpose", "CASE_WORK").get("/api/cases/" + erased + "/personal-data").then()
                .statusCode(410);
        assertThat(new String(entry, StandardCharsets.ISO_8859_1)).doesNotContain("Erase-me");
    }

    private static boolean folderHolds(Path folder, byte[] needle) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).anyMatch(file -> fileHolds(file, needle));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean fileHolds(Path file, byte[] needle) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return false; // a file PostgreSQL removed or holds open exclusively: not a copy we can read
        }
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (bytes[i] != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
