package org.helpline.cases;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Every setting of case-service ({@code helpline.*}; each also as an environment variable, e.g.
 * {@code HELPLINE_PERSONAL_DATA_MASTER_KEY}). Keys are base64 of 32 random bytes, never committed: the
 * {@code %dev} and {@code %test} values in application.properties are not secrets.
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

        /** The AES key that wraps every case's data key. */
        String masterKey();

        /** The id stored with each wrapped data key: which master key wrapped it. */
        String masterKeyId();

        /**
         * Master keys rotated out, as {@code id=BASE64,id=BASE64} (one variable, as a secret store hands it over):
         * they still open the data keys they wrapped until the re-wrap sweep has moved them to the current key.
         */
        Optional<String> previousMasterKeys();

        /** How often data keys wrapped by a previous master key are re-wrapped (read by the sweep's schedule). */
        Duration rewrapInterval();

        /** AES key intake seals personal data with on its way here (the same in intake-service). */
        String handoffKey();

        /** A closed case's personal data is erased this long after closure (positive). */
        Duration retentionAfterClose();

        /** How often the retention sweep looks for personal data past its time (read by its schedule). */
        Duration erasureSweepInterval();
    }

    interface Staff {

        /** The Keycloak realm whose accounts supervisors manage. */
        String realm();
    }
}
