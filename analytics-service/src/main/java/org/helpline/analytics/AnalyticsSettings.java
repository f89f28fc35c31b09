package org.helpline.analytics;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every setting of analytics-service ({@code helpline.*}; each also as an environment variable). */
@ConfigMapping(prefix = "helpline")
public interface AnalyticsSettings {

    /** The helpline's time zone: a case counts in the month it was opened there, a follow-up where it arrived. */
    @WithDefault("Asia/Karachi")
    ZoneId zone();

    Analytics analytics();

    interface Analytics {

        Rebuild rebuild();
    }

    interface Rebuild {

        /** A rebuild switches to the new read models once it is within this many events of the live ones. */
        @WithDefault("1000")
        long switchWithin();
    }
}
