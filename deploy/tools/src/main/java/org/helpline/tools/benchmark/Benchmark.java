package org.helpline.tools.benchmark;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.tools.stackclient.IntakeApi;
import org.helpline.tools.stackclient.StackClient;
import org.helpline.tools.stackclient.StackClient.Request;

/**
 * Measures the machine's raw limits and then the platform on a running stack, in one run, and prints each figure
 * beside its limit: PostgreSQL's single-row inserts and Kafka's producer and consumer ({@link RawLimits}); intake's
 * accepted contacts per second and latency at 8, 32 and 64 clients; the CPU one contact costs across every process
 * of the stack ({@link StackCpu}); how long after its 2xx a contact is counted by analytics, at half the best rate;
 * the resident memory of each part under load. {@code deploy/stack bench [N]}: N contacts per load (default 1,000;
 * the CPU figure takes 3 N). Uses report year 2090, so the demo year is untouched.
 */
public final class Benchmark {

    private static final int YEAR = 2090;
    private static final StackClient CLIENT = StackClient.asSupervisor(HttpClient.Version.HTTP_2);

    /** analytics' database, where {@link #counted()} reads; closed when the run ends. */
    private final Connection readModel;
    private final String kafka;
    private final StackCpu cpu;
    private final Request contact;
    private final Map<String, Double> peakRss = new ConcurrentHashMap<>();

    private Benchmark(String intake, String postgres, String kafka, StackCpu cpu) throws SQLException {
        this.readModel = DriverManager.getConnection(postgres + "analytics", "postgres", "postgres");
        this.kafka = kafka;
        this.cpu = cpu;
        this.contact = Request.post(IntakeApi.contacts(intake), IntakeApi.NewContact.newCase(Channel.PHONE,
                OffsetDateTime.of(YEAR, 6, 15, 10, 0, 0, 0, ZoneOffset.ofHours(5)),
                new IntakeApi.Complainant(AgeBand.AGE_18_30, Gender.FEMALE, "Lahore", Province.PUNJAB, CallerType.SELF,
                        null, null, null)));
    }

    /**
     * Arguments: INTAKE KAFKA POSTGRES_JDBC KAFKA_LIB PARTS N, PARTS as name=pid,name=pid,..., POSTGRES_JDBC the
     * server's URL without a database (the scratch database and analytics' are named after it).
     */
    public static void main(String[] args) throws Exception {
        Map<String, Long> parts = new LinkedHashMap<>();
        if (args[4].isBlank()) {
            throw new IllegalArgumentException("no process of the stack is running (is it up?)");
        }
        for (String part : args[4].split(",")) {
            parts.put(part.substring(0, part.indexOf('=')), Long.parseLong(part.substring(part.indexOf('=') + 1)));
        }
        int contacts = Integer.parseInt(args[5]);
        RawLimits raw = new RawLimits(args[2], args[1], Path.of(args[3]));
        Benchmark benchmark = new Benchmark(args[0], args[2], args[1], new StackCpu(parts));
        try {
            benchmark.run(raw, contacts);
        } finally {
            benchmark.readModel.close();
        }
    }

    private void run(RawLimits raw, int contacts) throws Exception {
        // a short run (the end-to-end tests' few contacts) measures the raw limits shorter too; 1,000 and more: in full
        long rawMillis = Math.min(5_000, Math.max(1_000, 5L * contacts));
        int rawRecords = Math.min(200_000, Math.max(20_000, 200 * contacts));
        System.out.println("Raw limits, measured now on this machine (the stack idle)");
        Map<Integer, Double> inserts = new LinkedHashMap<>();
        for (int clients : List.of(1, 16, 32)) {
            inserts.put(clients, raw.postgresInsertsPerSecond(clients, rawMillis));
            System.out.printf("  PostgreSQL single-row inserts, %2d clients   %,8.0f /s%n", clients, inserts.get(clients));
        }
        RawLimits.KafkaFigures kafka = raw.kafkaRecordsPerSecond(rawRecords);
        System.out.printf("  Kafka producer, %d B, acks=all, idempotent %,8.0f records/s%n", RawLimits.RECORD_BYTES,
                kafka.producerRecordsPerSecond());
        System.out.printf("  Kafka consumer                              %,8.0f records/s%n",
                kafka.consumerRecordsPerSecond());
        double pgBest = Collections.max(inserts.values());

        // warm-up (not counted): the JIT compiles the hot path only after thousands of calls, and the stack may
        // have just started (bench ends by restarting every service to time its start)
        load(3 * contacts, 16);
        awaitEveryConsumer();
        System.out.println("The platform (each contact: 1 transaction in intake, 1 Kafka record, 1 transaction in each "
                + "of 4 consumers)");
        double best = 0;
        for (int clients : List.of(8, 32, 64)) {
            Load measured = load(contacts, clients);
            best = Math.max(best, measured.perSecond());
            System.out.printf("  intake, %2d clients: %,6.0f contacts/s  p50 %6.1f ms  p99 %6.1f ms   "
                    + "%4.1f %% of PostgreSQL's best inserts/s%n", clients, measured.perSecond(),
                    measured.latencies().ms(0.5), measured.latencies().ms(0.99), 100 * measured.perSecond() / pgBest);
        }
        awaitEveryConsumer();

        cpuPerContact(3 * contacts, 16);
        awaitEveryConsumer();
        countedAfterAccepted(contacts, best / 2);
        System.out.println("Memory held (PSS of each part's processes), the most seen under load");
        for (String part : cpu.parts()) {
            System.out.printf("  %-20s %6.0f MiB%n", part, peakRss.getOrDefault(part, 0.0));
        }
    }

    private void cpuPerContact(int contacts, int clients) throws Exception {
        Map<String, Double> idleStart = cpu.millisSoFar();
        long idleFrom = System.nanoTime();
        Thread.sleep(5_000);
        Map<String, Double> before = cpu.millisSoFar();
        double idleSeconds = (System.nanoTime() - idleFrom) / 1e9;
        long start = System.nanoTime();
        long expected = counted() + contacts;
        Load measured = load(contacts, clients);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (counted() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        awaitEveryConsumer();
        Map<String, Double> after = cpu.millisSoFar();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("CPU per contact: %,d contacts from %d clients (%,.0f/s accepted), every process of the "
                + "stack, user + system, from /proc%n", contacts, clients, measured.perSecond());
        double total = 0;
        double idleTotal = 0;
        for (String part : after.keySet()) {
            double used = after.get(part) - before.get(part);
            double idle = (before.get(part) - idleStart.get(part)) / idleSeconds * seconds;
            total += used;
            idleTotal += idle;
            System.out.printf("  %-20s %6.2f ms   (of which idle work in the same time: %.2f)%n", part,
                    used / contacts, idle / contacts);
        }
        System.out.printf("  %-20s %6.2f ms   (idle: %.2f; target 2.5)%n", "whole stack", total / contacts,
                idleTotal / contacts);
    }

    /**
     * Contacts sent at a steady {@code rate}; analytics' count polled every 10 ms. The k-th contact counted is
     * matched with the k-th 2xx (counting is in order per partition, not overall: a statistic over the run, with the
     * poll's 10 ms resolution).
     */
    private void countedAfterAccepted(int contacts, double rate) throws Exception {
        long base = counted();
        List<Long> acceptedAt = Collections.synchronizedList(new ArrayList<>());
        List<Long> countedAt = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Exception> pollerFailed = new AtomicReference<>();
        Thread poller = new Thread(() -> {
            try {
                while (!done.get()) {
                    long seen = counted() - base;
                    long now = System.nanoTime();
                    while (countedAt.size() < seen) {
                        countedAt.add(now);
                    }
                    Thread.sleep(10);
                }
            } catch (Exception e) {
                pollerFailed.set(e);
            }
        });
        poller.start();
        ScheduledExecutorService pacer = Executors.newScheduledThreadPool(16);
        long periodNanos = (long) (1e9 / rate);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            sent.add(pacer.schedule(() -> {
                send();
                acceptedAt.add(System.nanoTime());
                return null;
            }, i * periodNanos, TimeUnit.NANOSECONDS));
        }
        for (Future<?> one : sent) {
            one.get();
        }
        pacer.shutdown();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (countedAt.size() < contacts) {
            if (pollerFailed.get() != null) {
                throw new IllegalStateException("reading analytics' count failed", pollerFailed.get());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("analytics counted " + countedAt.size() + " of " + contacts
                        + " in 5 minutes");
            }
            Thread.sleep(20);
        }
        done.set(true);
        poller.join();
        List<Long> sortedAccepted = new ArrayList<>(acceptedAt);
        Collections.sort(sortedAccepted);
        List<Long> delays = new ArrayList<>();
        for (int k = 0; k < contacts; k++) {
            delays.add(Math.max(0, countedAt.get(k) - sortedAccepted.get(k)));
        }
        Latencies latencies = new Latencies(delays);
        System.out.printf("From a 2xx to being counted by analytics, %,d contacts at %.0f/s (half the best rate): "
                + "p50 %.0f ms, p99 %.0f ms (10 ms resolution; target p99 < 150 ms)%n", contacts, rate,
                latencies.ms(0.5), latencies.ms(0.99));
    }

    private record Load(double perSecond, Latencies latencies) {
    }

    private Load load(int total, int clients) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread rss = new Thread(() -> {
            while (running.get()) {
                try {
                    cpu.residentMiB().forEach((part, mib) -> peakRss.merge(part, mib, Math::max));
                    Thread.sleep(500);
                } catch (Exception e) {
                    return;
                }
            }
        });
        rss.start();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int share = total / clients + (c < total % clients ? 1 : 0);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        long t0 = System.nanoTime();
                        send();
                        latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            running.set(false);
            pool.shutdown();
            rss.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Load(total / seconds, new Latencies(latencies));
    }

    private void send() throws Exception {
        int status = CLIENT.send(contact).status();
        if (status != 201) {
            throw new IllegalStateException("intake answered " + status);
        }
    }

    /**
     * Until every consumer group of the stack's services has read its topics to the end (what it does then is its own), for at
     * most 5 minutes: a group left by a stopped service would never catch up, and the figures after it say so.
     */
    private void awaitEveryConsumer() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            long lag;
            while ((lag = lag(admin)) > 0) {
                if (System.nanoTime() > deadline) {
                    System.out.printf("  (consumer groups still %,d records behind after 5 minutes: figures below "
                            + "include that backlog)%n", lag);
                    return;
                }
                Thread.sleep(200);
            }
        }
    }

    /** The stack's services' consumer groups: each is named after its service (quarkus.application.name). */
    private long lag(Admin admin) throws Exception {
        Set<String> services = new HashSet<>();
        cpu.parts().forEach(services::add);
        long lag = 0;
        for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get()) {
            if (!services.contains(group.groupId())) {
                continue; // a watcher's or a test's group that stopped reading is not the stack's backlog
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> at : committed.entrySet()) {
                if (at.getValue() != null) {
                    lag += Math.max(0, ends.get(at.getKey()).offset() - at.getValue().offset());
                }
            }
        }
        return lag;
    }

    /**
     * The year's cases in analytics' read model, read from its table: the report itself (every section, a few dozen
     * queries) asked every 10 ms would load the very service whose delay is timed. The row commits with the
     * consumer's poll, so it is there exactly when the report would count it.
     */
    private long counted() throws Exception {
        try (PreparedStatement count = readModel.prepareStatement(
                "select count(*) from case_fact where opened_year = ?")) {
            count.setInt(1, YEAR);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
