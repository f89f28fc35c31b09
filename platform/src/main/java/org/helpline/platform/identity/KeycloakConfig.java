package org.helpline.platform.identity;

import java.util.Optional;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;

/** {@code helpline.keycloak.*}: where the helpline's Keycloak is, beyond the token issuer every service knows. */
/* registered although no bean injects it: its keys are set in services that have a wider mapping */
@Unremovable
@ConfigMapping(prefix = "helpline.keycloak")
public interface KeycloakConfig {

    /** Keycloak's base URL, for a service that administers staff accounts (case-service's admin client). */
    Optional<String> url();
}
