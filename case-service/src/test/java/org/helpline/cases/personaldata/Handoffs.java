package org.helpline.cases.personaldata;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import org.helpline.platform.privacy.PersonalData;
import org.helpline.platform.privacy.Sealing;
import org.helpline.platform.testing.Staff;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Hands personal data to case-service as intake's courier does: sealed with the handoff key for case and entry. */
final class Handoffs {

    private static final byte[] HANDOFF_KEY = Sealing.key(ConfigProvider.getConfig()
            .getValue("helpline.personal-data.handoff-key", String.class), "handoff key");

    private Handoffs() {
    }

    static String sealed(UUID caseId, UUID entryId, String json) {
        return Base64.getEncoder().encodeToString(Sealing.seal(HANDOFF_KEY, json.getBytes(StandardCharsets.UTF_8),
                PersonalData.handoffPlace(caseId, entryId)));
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
