package org.helpline.cases.personaldata;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.helpline.platform.privacy.Envelope;
import org.helpline.platform.privacy.HandoffKey;
import org.helpline.platform.privacy.PersonalData;
import org.helpline.platform.testing.Staff;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Hands personal data to case-service as intake's courier does: sealed, for case and entry, to the handoff key
 * case-service names as current.
 */
final class Handoffs {

    private Handoffs() {
    }

    static HandoffKey currentKey() {
        return given().spec(Staff.intakeCourier()).get("/api/personal-data/handoff-key").then().statusCode(200)
                .extract().as(HandoffKey.class);
    }

    static String sealed(UUID caseId, UUID entryId, String json) {
        HandoffKey key = currentKey();
        return Base64.getEncoder().encodeToString(Envelope.seal(
                new Envelope.Recipient(key.keyId(), Base64.getDecoder().decode(key.publicKey())),
                json.getBytes(StandardCharsets.UTF_8), PersonalData.handoffPlace(caseId, entryId)));
    }

    static ValidatableResponse handOverSealed(UUID caseId, UUID entryId, String sealed) {
        return given().spec(Staff.intakeCourier()).contentType(ContentType.JSON)
                .body(Map.of("sealed", sealed, "receivedAt", "2023-05-01T10:00:00Z"))
                .put("/api/cases/" + caseId + "/personal-data/entries/" + entryId).then();
    }

    static ValidatableResponse handOver(UUID caseId, UUID entryId, String json) {
        return handOverSealed(caseId, entryId, sealed(caseId, entryId, json));
    }
}
