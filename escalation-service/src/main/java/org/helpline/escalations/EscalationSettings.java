package org.helpline.escalations;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Every setting of escalation-service ({@code helpline.*}; each also as an environment variable). */
@ConfigMapping(prefix = "helpline")
public interface EscalationSettings {

    /** The helpline's time zone: an escalation counts in the year it was sent there. */
    @WithDefault("Asia/Karachi")
    ZoneId zone();

    Escalations escalations();

    interface Escalations {

        Ageing ageing();
    }

    interface Ageing {

        /** An escalation unanswered this long becomes NO_RESPONSE ({@code 14d}; units s, m, h, d). */
        @WithName("default")
        String standard();

        /**
         * Platforms that answer on another clock, as {@code X=30d,TIKTOK=7d} (one variable,
         * {@code HELPLINE_ESCALATIONS_AGEING_PER_PLATFORM}); none by default.
         */
        Optional<String> perPlatform();

        /** How often the sweep looks for escalations past their time (read by its schedule). */
        Duration sweepInterval();

        /** The first sweep after start (read by its schedule). */
        @WithDefault("5s")
        Duration firstSweepAfter();

        /** Escalations the sweep closes per round. */
        @WithDefault("100")
        int batchSize();
    }
}
