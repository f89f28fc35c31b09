package org.helpline.platform.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How consumers ride out trouble ({@code helpline.eventing.consumer.*}). */
@ConfigMapping(prefix = "helpline.eventing.consumer")
public interface InboxConfig {

    /**
     * How long a poll that fails for a passing reason (the database is down) is retried, holding its
     * partition, before its records go to the dead-letter topic.
     */
    @WithDefault("10m")
    Duration retryFor();
}
