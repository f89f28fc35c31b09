package org.helpline.platform.identity;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.ext.web.RoutingContext;

/**
 * Every refused request in the log, for operators looking for probing or a misconfigured client: method,
 * path, account and roles. Never the token, and never a tracking code (a path under /api/track/ is cut).
 * Counted in {@code helpline_access_refused_total{reason}}.
 */
@ApplicationScoped
public class AccessRefusals {

    private static final Logger LOG = Logger.getLogger(AccessRefusals.class);

    @Inject
    MeterRegistry metrics;

    void unauthenticated(@Observes AuthenticationFailureEvent event) {
        refused("unauthenticated");
        LOG.warnf("access refused (no valid token) to %s: %s", request(event.getEventProperties()),
                event.getAuthenticationFailure() == null ? "no credentials"
                        : event.getAuthenticationFailure().getClass().getSimpleName());
    }

    void forbidden(@Observes AuthorizationFailureEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            refused("unauthenticated");
            LOG.warnf("access refused (no token) to %s", request(event.getEventProperties()));
            return;
        }
        refused("forbidden");
        LOG.warnf("access refused (role) to %s for %s with roles %s", request(event.getEventProperties()),
                identity.getPrincipal().getName(), identity.getRoles());
    }

    private void refused(String reason) {
        Counter.builder("helpline.access.refused")
                .description("Requests refused: without a valid token (unauthenticated) or for a role that may not")
                .tag("reason", reason).register(metrics).increment();
    }

    private static String request(Map<String, Object> properties) {
        for (Object value : properties.values()) {
            if (value instanceof RoutingContext context) {
                String path = context.normalizedPath();
                if (path.startsWith("/api/track/")) {
                    path = "/api/track/…";
                }
                return context.request().method() + " " + path;
            }
        }
        return "(request unknown)";
    }
}
