package org.helpline.cases.personaldata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import org.helpline.cases.CaseServiceTest;
import org.helpline.cases.personaldata.keys.WrappedKeys;
import org.helpline.platform.privacy.Sealing;
import org.helpline.platform.testing.HeldJob;
import org.helpline.platform.testing.HelplineInfrastructure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A software master key of before the key token (listed in legacy-master-keys) still opens the data keys it
 * wrapped, and the key sweep re-wraps them under the token's current key-encryption key; the entries themselves
 * are never re-encrypted.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class LegacyMasterKeyTest extends CaseServiceTest {

    @Inject
    WrappedKeys wrappedKeys;


    @Test
    void dataKeysWrappedByALegacyMasterKeyStayReadableAndAreRewrappedUnderTheTokensKey() {
        // a case stored before the token: its data key wrapped by the software key k0, its entry sealed by that data key
        byte[] previousMaster = Sealing.key(ConfigProvider.getConfig()
                .getValue("helpline.personal-data.legacy-master-keys", String.class).substring(3), "k0");
        UUID caseId = UUID.randomUUID();
        UUID entryId = UUID.randomUUID();
        byte[] dataKey = Sealing.newKey();
        byte[] entry = Sealing.seal(dataKey, "{\"name\":\"Before the rotation\"}".getBytes(StandardCharsets.UTF_8),
                "entry:" + caseId + ":" + entryId);
        // while the key sweep is held the key stays wrapped by k0, so the read below must open it with k0
        try (HeldJob rewrap = HeldJob.held("tendKeys")) {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("""
                        insert into case_data_key (case_id, wrapped_key, kek_id, created_at) values (?1, ?2, 'k0', ?3)""")
                        .setParameter(1, caseId).setParameter(2, Sealing.seal(previousMaster, dataKey, "data-key:" + caseId))
                        .setParameter(3, Instant.now()).executeUpdate();
                entityManager.createNativeQuery("""
                        insert into personal_data_entry (case_id, entry_id, sealed, received_at, stored_at)
                        values (?1, ?2, ?3, ?4, ?4)""")
                        .setParameter(1, caseId).setParameter(2, entryId).setParameter(3, entry)
                        .setParameter(4, Instant.now()).executeUpdate();
            });
            assertThat(kekIdOf(caseId)).isEqualTo("k0");
            readsBeforeTheRotation(caseId);
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> kekIdOf(caseId).startsWith("kek-"));

        byte[] rewrapped = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("select wrapped_key from case_data_key where case_id = ?1")
                .setParameter(1, caseId).getSingleResult());
        String kek = kekIdOf(caseId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> wrappedKeys.unwrapDataKey(caseId,
                new WrappedKeys.Wrapped(rewrapped, kek)))).as("the same data key, under the token's key").isEqualTo(dataKey);
        assertThatThrownBy(() -> Sealing.open(previousMaster, rewrapped, "data-key:" + caseId))
                .isInstanceOf(Sealing.BrokenSeal.class);
        readsBeforeTheRotation(caseId);
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("select sealed from personal_data_entry where case_id = ?1")
                .setParameter(1, caseId).getSingleResult());
        assertThat(stored).as("the entry was not re-encrypted").isEqualTo(entry);
    }

    private static void readsBeforeTheRotation(UUID caseId) {
        given().queryParam("purpose", "CASE_WORK").get("/api/cases/" + caseId + "/personal-data").then()
                .statusCode(200).body("[0].data.name", equalTo("Before the rotation"));
    }

    private String kekIdOf(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select kek_id from case_data_key where case_id = ?1")
                .setParameter(1, caseId).getSingleResult());
    }
}
