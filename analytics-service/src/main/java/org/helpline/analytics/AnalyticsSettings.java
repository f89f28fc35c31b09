package org.helpline.analytics;

import java.net.URI;
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

        /**
         * Where the staff console answers browsers: the report page moved there, and {@code /reports/{year}} of
         * this service sends a browser to the same path of it.
         */
        @WithDefault("http://127.0.0.1:8080")
        URI consoleUrl();
    }

    interface Rebuild {

        /** A rebuild switches to the new read models once it is within this many events of the live ones. */
        @WithDefault("1000")
        long switchWithin();
    }
}
