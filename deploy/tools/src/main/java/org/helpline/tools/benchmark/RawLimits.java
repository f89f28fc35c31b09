package org.helpline.tools.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * What this machine can do without the platform, measured in the same run as the platform so that a ratio means
 * something: PostgreSQL single-row event inserts, one transaction each, from 1, 16 and 32 clients (a JDBC loop into
 * a table shaped like the event store, in a scratch database dropped afterwards), and Kafka's producer and consumer
 * throughput with the broker's own perf tools on a scratch topic of the platform's layout (3 partitions,
 * {@code acks=all}, idempotent, records the size of an event).
 */
final class RawLimits {

    /** Size of a CaseOpened CloudEvent body as the relay sends it, near enough. */
    static final int RECORD_BYTES = 600;
    private static final String SCRATCH_DATABASE = "helpline_bench_raw";
    private static final String SCRATCH_TOPIC = "helpline.bench.raw";
    private static final Pattern PRODUCED = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec");

    private final String postgres;
    private final String kafka;
    private final Path kafkaLib;

    /**
     * @param postgres JDBC URL of the stack's PostgreSQL server, without a database
     * @param kafkaLib the broker's jars (deploy/kafka-runtime/target/kafka-lib); its perf tools are beside them in
     *        kafka-tools and run in a JVM of their own
     */
    RawLimits(String postgres, String kafka, Path kafkaLib) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.kafkaLib = kafkaLib;
    }

    /** Single-row inserts per second, each its own transaction, from {@code clients} connections. */
    double postgresInsertsPerSecond(int clients, long millis) throws SQLException, InterruptedException,
            ExecutionException {
        try (Connection admin = DriverManager.getConnection(postgres + "postgres", "postgres", "postgres");
                Statement ddl = admin.createStatement()) {
            ddl.execute("drop database if exists " + SCRATCH_DATABASE);
            ddl.execute("create database " + SCRATCH_DATABASE);
        }
        try {
            try (Connection setup = scratch(); Statement ddl = setup.createStatement()) {
                ddl.execute("""
                        create table event_store (position bigserial primary key, stream_id text not null,
                            version int not null, event_id uuid not null, event_type text not null,
                            payload jsonb not null, recorded_at timestamptz not null default now(),
                            unique (stream_id, version))""");
            }
            String payload = "{\"schemaVersion\":1,\"body\":\"" + "x".repeat(RECORD_BYTES - 40) + "\"}";
            LongAdder inserted = new LongAdder();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    running.add(pool.submit(() -> {
                        try (Connection connection = scratch(); PreparedStatement insert = connection.prepareStatement(
                                "insert into event_store (stream_id, version, event_id, event_type, payload) "
                                        + "values (?, 1, ?, 'CaseOpened', ?::jsonb)")) {
                            while (System.nanoTime() < until) {
                                UUID id = UUID.randomUUID();
                                insert.setString(1, id.toString());
                                insert.setObject(2, id);
                                insert.setString(3, payload);
                                insert.executeUpdate();
                                inserted.increment();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> one : running) {
                    one.get();
                }
            } finally {
                pool.shutdown();
            }
            return inserted.sum() * 1000.0 / millis;
        } finally {
            try (Connection admin = DriverManager.getConnection(postgres + "postgres", "postgres", "postgres");
                    Statement ddl = admin.createStatement()) {
                ddl.execute("drop database if exists " + SCRATCH_DATABASE + " with (force)");
            }
        }
    }

    private Connection scratch() throws SQLException {
        // autocommit: each insert is one transaction, as an append on the hot path is
        return DriverManager.getConnection(postgres + SCRATCH_DATABASE, "postgres", "postgres");
    }

    /** Kafka's own ProducerPerformance and then ConsumerPerformance over {@code records} records. */
    KafkaFigures kafkaRecordsPerSecond(int records) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            if (admin.listTopics().names().get().contains(SCRATCH_TOPIC)) {
                admin.deleteTopics(List.of(SCRATCH_TOPIC)).all().get();
                // deleted is not yet gone: a topic marked for deletion cannot be created again
                while (admin.listTopics().names().get().contains(SCRATCH_TOPIC)) {
                    Thread.sleep(200);
                }
            }
            admin.createTopics(List.of(new NewTopic(SCRATCH_TOPIC, 3, (short) 1))).all().get();
            try {
                String produced = tool("org.apache.kafka.tools.ProducerPerformance", "--topic", SCRATCH_TOPIC,
                        "--num-records", Integer.toString(records), "--record-size", Integer.toString(RECORD_BYTES),
                        "--throughput", "-1", "--producer-props", "bootstrap.servers=" + kafka, "acks=all",
                        "enable.idempotence=true", "linger.ms=5");
                Matcher sent = PRODUCED.matcher(produced);
                double producer = Double.NaN;
                while (sent.find()) {
                    producer = Double.parseDouble(sent.group(2)); // the last line is the whole run's
                }
                String consumed = tool("org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", kafka,
                        "--topic", SCRATCH_TOPIC, "--messages", Integer.toString(records), "--timeout", "60000");
                return new KafkaFigures(producer, consumerRate(consumed));
            } finally {
                admin.deleteTopics(List.of(SCRATCH_TOPIC)).all().get();
            }
        }
    }

    record KafkaFigures(double producerRecordsPerSecond, double consumerRecordsPerSecond) {
    }

    /** ConsumerPerformance prints a header line and a line of values; nMsg.sec is the one wanted. */
    private static double consumerRate(String output) {
        String[] lines = output.strip().split("\\R");
        for (int i = 0; i < lines.length - 1; i++) {
            List<String> header = List.of(lines[i].split(",\\s*"));
            int column = header.indexOf("nMsg.sec");
            if (column >= 0) {
                return Double.parseDouble(lines[i + 1].split(",\\s*")[column].trim());
            }
        }
        throw new IllegalStateException("ConsumerPerformance printed no nMsg.sec:\n" + output);
    }

    private String tool(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", kafkaLib + "/*:" + kafkaLib.resolveSibling("kafka-tools") + "/*",
                mainClass));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("helpline-bench-", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            boolean ended = process.waitFor(5, TimeUnit.MINUTES);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            String said = Files.readString(output, StandardCharsets.UTF_8);
            if (!ended || process.exitValue() != 0) {
                throw new IllegalStateException(mainClass + (ended ? " failed" : " ran past 5 minutes") + ":\n" + said);
            }
            return said;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
