package org.helpline.cases;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every setting of case-service ({@code helpline.*}; each also as an environment variable, e.g.
 * {@code HELPLINE_PERSONAL_DATA_TOKEN_PIN}). Secrets are never committed: the {@code %dev} and {@code %test}
 * values in application.properties are not secrets.
 */
@ConfigMapping(prefix = "helpline")
public interface CaseSettings {

    Cases cases();

    PersonalData personalData();

    Staff staff();

    interface Cases {

        /** A case's state is snapshotted every this many events (loading then reads only the later ones). */
        int snapshotEvery();
    }

    interface PersonalData {

        /** The PKCS#11 token that holds the key-encryption keys. */
        Token token();

        /**
         * Software master keys of before the token, as {@code id=BASE64,id=BASE64}: they still open the data
         * keys they wrapped until the key sweep has moved them under the token's current key-encryption key.
         */
        Optional<String> legacyMasterKeys();

        /** A key-encryption key and handoff key pair older than this are replaced by the key sweep. */
        Duration keyRotationInterval();

        /** A retired handoff key still opens entries sealed to it (on their way from intake) for this long. */
        Duration handoffKeyGrace();

        /** How often the key sweep looks: rotation due, secrets to re-wrap, keys to forget or destroy. */
        Duration keyCheckInterval();

        /** A closed case's personal data is erased this long after closure (positive). */
        Duration retentionAfterClose();

        /** How often the retention sweep looks for personal data past its time (read by its schedule). */
        Duration erasureSweepInterval();
    }

    interface Token {

        /** The token's PKCS#11 library (SoftHSM2's locally; an HSM's or a KMS's in production). */
        String library();

        /** Which of the slots with a token the library lists (SoftHSM2: 0 is the first initialised one). */
        @WithDefault("0")
        int slotListIndex();

        /** The token's user PIN. */
        String pin();
    }

    interface Staff {

        /** The Keycloak realm whose accounts supervisors manage. */
        String realm();
    }
}
