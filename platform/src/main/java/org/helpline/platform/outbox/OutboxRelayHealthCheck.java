package org.helpline.platform.outbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the relay thread lives. A Kafka outage does not make it DOWN: requests are still
 * accepted into the outbox then (the Kafka check reports the outage itself); the backlog and the
 * last error tell an operator how far behind publishing is.
 */
@Readiness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;
    @Inject
    OutboxConfig config;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay");
        if (config.publishesTo().orElse(List.of()).isEmpty()) {
            return response.up().withData("publishes", false).build();
        }
        response.status(relay.isRunning()).withData("backlog", relay.backlog());
        relay.lastError().ifPresent(error -> response.withData("lastError", error));
        return response.build();
    }
}
