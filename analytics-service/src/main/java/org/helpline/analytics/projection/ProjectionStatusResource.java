package org.helpline.analytics.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.Topics;
import org.helpline.contracts.identity.Roles;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

@Path("/api/projections/status")
@Tag(name = "Projections", description = "How far the read models have caught up with the topics")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
// made at start, not at the first status request: the lag gauges must be there for the first scrape after a start
@Startup
public class ProjectionStatusResource {

    @Inject ProjectionPositions positions;
    @Inject MeterRegistry metrics;
    @Inject @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers;

    private Admin admin;

    private volatile List<TopicStatus> cached = List.of();
    private volatile long cachedAt;

    @PostConstruct
    void init() {
        for (String topic : Topics.ALL) {
            Gauge.builder("helpline.projection.lag", this, resource -> resource.lagOf(topic))
                    .description("Events on the topic not yet applied to the report's read models")
                    .tag("topic", topic).register(metrics);
        }
    }

    /**
     * For the metric: at most one look at Kafka per 5 s, however often Prometheus scrapes, a failed look included
     * (four gauges each waiting for an absent Kafka would make the scrape time out, and analytics look down).
     */
    private double lagOf(String topic) {
        if (System.nanoTime() - cachedAt > TimeUnit.SECONDS.toNanos(5)) {
            try {
                cached = measure();
            } catch (Exception e) {
                cached = List.of(); // Kafka or the database away: no figure rather than a wrong one
            } finally {
                cachedAt = System.nanoTime();
            }
        }
        return cached.stream().filter(s -> s.topic().equals(topic)).mapToDouble(TopicStatus::lag).findFirst()
                .orElse(Double.NaN);
    }

    public record TopicStatus(String topic, long position, long end, long lag, Instant lastEventAt) {
    }

    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR})
    @GET
    @Operation(summary = "Per topic: events applied (position), events on the topic (end), lag, last event time")
    public List<TopicStatus> status() throws Exception {
        return measure();
    }

    /** Unsecured on purpose: the lag gauge calls it from a metrics scrape, which has no caller's roles. */
    private List<TopicStatus> measure() throws Exception {
        Map<TopicPartition, Long> applied = new HashMap<>();
        Map<String, Instant> lastEvent = new HashMap<>();
        for (ProjectionPositions.Position p : positions.all()) {
            applied.put(new TopicPartition(p.topic(), p.partition()), p.nextOffset());
            if (p.lastEventAt() != null) {
                lastEvent.merge(p.topic(), p.lastEventAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
        Map<String, List<TopicPartition>> partitions = new LinkedHashMap<>();
        admin().describeTopics(Topics.ALL).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(p -> {
                    TopicPartition tp = new TopicPartition(topic, p.partition());
                    request.put(tp, OffsetSpec.latest());
                    partitions.computeIfAbsent(topic, t -> new ArrayList<>()).add(tp);
                }));
        var ends = admin().listOffsets(request).all().get(10, TimeUnit.SECONDS);
        List<TopicStatus> status = new ArrayList<>();
        for (String topic : Topics.ALL) {
            long position = 0;
            long end = 0;
            for (TopicPartition tp : partitions.getOrDefault(topic, List.of())) {
                position += applied.getOrDefault(tp, 0L);
                end += ends.get(tp).offset();
            }
            status.add(new TopicStatus(topic, position, end, Math.max(0, end - position), lastEvent.get(topic)));
        }
        return status;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
