package org.helpline.platform.knowncases;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code helpline.known-cases.*}: whether the service keeps the list of cases it may act on. */
/* registered although no bean injects it: its keys are set in services that have a wider mapping */
@Unremovable
@ConfigMapping(prefix = "helpline.known-cases")
public interface KnownCasesConfig {

    /**
     * Build time: builds {@link KnownCasesConsumer} into a service that acts on cases it does not own
     * (escalation-service, referral-service); it then reads {@code helpline.contacts} into {@code known_case}.
     */
    @WithDefault("false")
    boolean enabled();
}
