package org.helpline.intake;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every setting of intake-service ({@code helpline.*}; each also as an environment variable, e.g.
 * {@code HELPLINE_TRACKING_CODE_KEY}). Keys are base64 of at least 32 random bytes, never committed: the
 * {@code %dev} and {@code %test} values in application.properties are not secrets.
 */
@ConfigMapping(prefix = "helpline")
public interface IntakeSettings {

    /** The helpline's time zone: a case is numbered in the year it was received there. */
    @WithDefault("Asia/Karachi")
    ZoneId zone();

    Idempotency idempotency();

    Phone phone();

    PersonalData personalData();

    Tracking tracking();

    interface Idempotency {

        /** How long an Idempotency-Key and its first answer are kept (at least 24 h). */
        Duration retention();

        /** HMAC key of the request fingerprints kept with the keys (a body may carry personal data). */
        String fingerprintKey();

        /** How often keys past their retention are forgotten (read by the sweep's schedule). */
        @WithDefault("15m")
        Duration sweepInterval();
    }

    interface Phone {

        /** HMAC key of callers' numbers; changing it forgets every earlier caller. */
        String callerHashKey();
    }

    interface PersonalData {

        /** How often intake asks case-service for its current handoff key (read by the schedule). */
        @WithDefault("1m")
        Duration handoffKeyRefresh();

        /** How often the courier takes waiting entries to case-service (read by its schedule). */
        @WithDefault("1s")
        Duration handoffInterval();

        /** Entries the courier takes to case-service per round. */
        @WithDefault("50")
        int handoffBatchSize();
    }

    interface Tracking {

        /** HMAC key under which tracking codes are kept (they are given to the complainant once). */
        String codeKey();

        /** Tracking requests a client (an IPv6 client: its /64) may make a minute, per instance. */
        int requestsPerMinute();
    }
}
