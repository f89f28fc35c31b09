package org.helpline.platform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What a service publishes and how its outbox relay sends it ({@code helpline.eventing.*}). */
@ConfigMapping(prefix = "helpline.eventing")
public interface OutboxConfig {

    /**
     * Topics this service owns. Appended events of these topics go to the outbox; events of other
     * topics (a consumer keeping a copy of another service's event in its own stream) are stored only.
     */
    Optional<List<String>> publishesTo();

    /** CloudEvents {@code source} of the events this service publishes. */
    @WithDefault("/helpline/${quarkus.application.name}")
    String source();

    /**
     * This service's address as other teams' systems reach it: each published event's {@code ce_dataschema} is
     * its schema there ({@code /schemas/events/<type>/v<n>.json}, served from the contracts' resources).
     */
    @WithDefault("http://localhost:${quarkus.http.port:8080}")
    String schemaBaseUrl();

    /** Outbox relay settings. */
    Relay relay();

    interface Relay {

        /** Largest number of outbox rows sent to Kafka in one batch (one database transaction). */
        @WithDefault("500")
        int batchSize();

        /** How long the relay sleeps when the outbox is empty; a commit in this JVM wakes it earlier. */
        @WithDefault("200ms")
        Duration pollInterval();

        /** Longest pause between attempts while Kafka or the database is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();

        /** Kafka's delivery timeout for one batch; after it the batch is retried as a whole. */
        @WithDefault("30s")
        Duration deliveryTimeout();
    }
}
