package org.helpline.cases.personaldata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.helpline.cases.personaldata.Handoffs.handOverSealed;
import static org.helpline.cases.personaldata.Handoffs.sealed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.helpline.cases.CaseServiceTest;
import org.helpline.cases.personaldata.keys.WrappedKeys;
import org.helpline.platform.privacy.Envelope;
import org.helpline.platform.privacy.PersonalData;
import org.helpline.platform.privacy.Sealing;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.PlaintextScan;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Personal data handed over by intake is stored encrypted per case and read back whole. */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class PersonalDataTest extends CaseServiceTest {

    @Inject
    WrappedKeys wrappedKeys;

    @Test
    void handedOverDataIsReadBackButRestsOnlyAsCiphertext() {
        UUID caseId = UUID.randomUUID();
        UUID entryId = UUID.randomUUID();
        String marker = "Marker-" + UUID.randomUUID();

        handOverSealed(caseId, entryId, sealed(caseId, entryId, "{\"name\":\"" + marker + "\",\"phone\":\"03001234567\"}"))
                .statusCode(204);
        handOverSealed(caseId, entryId, sealed(caseId, entryId, "{\"name\":\"" + marker + "\"}")).statusCode(204);

        given().queryParam("purpose", "CASE_WORK").get("/api/cases/" + caseId + "/personal-data").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].entryId", equalTo(entryId.toString()))
                .body("[0].data.name", equalTo(marker))
                .body("[0].data.phone", equalTo("03001234567"))
                // kept by no browser or proxy, and never read as anything but the JSON it is
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        assertThat(PlaintextScan.serviceTablesContaining(marker)).isEmpty();
    }

    @Test
    void anEntrySealedForAnotherCaseOrWithAnotherKeyIsRefused() {
        UUID caseId = UUID.randomUUID();
        UUID entryId = UUID.randomUUID();

        handOverSealed(caseId, entryId, sealed(UUID.randomUUID(), entryId, "{\"name\":\"x\"}")).statusCode(422)
                .contentType("application/problem+json");
        // sealed to a key pair of the sender's own under the current key's id: case-service's private key does not open it
        String forged = Base64.getEncoder().encodeToString(Envelope.seal(
                new Envelope.Recipient(Handoffs.currentKey().keyId(), Envelope.newPair().publicKey()),
                "{}".getBytes(StandardCharsets.UTF_8), PersonalData.handoffPlace(caseId, entryId)));
        handOverSealed(caseId, entryId, forged).statusCode(422);
        // sealed with a shared symmetric key, as before the handoff key pairs: nothing here opens it
        String symmetric = Base64.getEncoder().encodeToString(Sealing.seal(Sealing.newKey(),
                "{}".getBytes(StandardCharsets.UTF_8), PersonalData.handoffPlace(caseId, entryId)));
        handOverSealed(caseId, entryId, symmetric).statusCode(422).contentType("application/problem+json");

        given().queryParam("purpose", "CASE_WORK").get("/api/cases/" + caseId + "/personal-data").then().statusCode(404);
    }

    @Test
    void eachCaseHasItsOwnDataKey() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        handOverSealed(first, entry, sealed(first, entry, "{\"notes\":\"a\"}")).statusCode(204);
        handOverSealed(second, entry, sealed(second, entry, "{\"notes\":\"b\"}")).statusCode(204);

        // wrapped keys differ by their nonce even when the key inside is the same: compare what they wrap
        assertThat(dataKeyOf(first)).hasSize(32).isNotEqualTo(dataKeyOf(second));
    }

    /** The case's data key, unwrapped by the key token's key-encryption key that wraps it. */
    private byte[] dataKeyOf(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager
                    .createNativeQuery("select wrapped_key, kek_id from case_data_key where case_id = ?1")
                    .setParameter(1, caseId).getSingleResult();
            return wrappedKeys.unwrapDataKey(caseId, new WrappedKeys.Wrapped((byte[]) row[0], (String) row[1]));
        });
    }
}
