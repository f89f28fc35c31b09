package org.helpline.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: the staff account or service account of the bearer token (Keycloak's
 * {@code preferred_username}), recorded in event metadata, the personal-data access log and the erasure
 * ledger. A staff name, never a complainant's.
 */
@ApplicationScoped
public class Actor {

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }
}
