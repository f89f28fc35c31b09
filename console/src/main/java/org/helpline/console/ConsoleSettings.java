package org.helpline.console;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The console's own settings ({@code helpline.console.*}, each overridable as HELPLINE_CONSOLE_...). */
@ConfigMapping(prefix = "helpline.console")
public interface ConsoleSettings {

    /** Cases on one page of the worklist (case-service allows 1 to 200). */
    @WithDefault("20")
    int worklistSize();

    /** How long a session lives without activity (quarkus.oidc.authentication.session-age-extension uses it). */
    @WithDefault("30M")
    Duration idleTimeout();
}
