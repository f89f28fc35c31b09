package org.helpline.platform.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import org.helpline.contracts.Topics;

/**
 * A real single-node KRaft Kafka broker in its own JVM, from the jars deploy/kafka-runtime copies.
 * Its pid is written to {@code broker.pid} so that a broker orphaned by a killed test JVM is stopped
 * by the next run.
 */
public final class KafkaBroker implements AutoCloseable {

    public static final int PARTITIONS = 3;

    private final ServerProcess server;
    private final int port;

    private KafkaBroker(ServerProcess server, int port) {
        this.server = server;
        this.port = port;
    }

    public static KafkaBroker start(Path home) {
        return ServerProcess.unchecked(() -> {
            Orphans.kill(home.resolve("broker.pid"), "kafka.Kafka");
            Orphans.deleteRecursively(home.resolve("data"));
            Files.createDirectories(home);
            int port = FreePorts.next();
            int controller = FreePorts.next();
            Path props = home.resolve("server.properties");
            Files.writeString(props, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.bootstrap.servers=127.0.0.1:" + controller,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                    "controller.listener.names=CONTROLLER",
                    "log.dirs=" + home.resolve("data"),
                    "num.partitions=" + PARTITIONS,
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=3",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "log.cleaner.dedupe.buffer.size=16777216", ""));
            Path log4j = home.resolve("log4j2.properties");
            Files.writeString(log4j, String.join("\n",
                    "rootLogger.level=WARN",
                    "rootLogger.appenderRef.out.ref=out",
                    "appender.out.type=Console",
                    "appender.out.name=out",
                    "appender.out.layout.type=PatternLayout",
                    "appender.out.layout.pattern=%d %p %c{1} %m%n",
                    "logger.kafka.name=kafka.server.KafkaRaftServer",
                    "logger.kafka.level=INFO", ""));
            String classpath = libDir() + "/*";
            // a leading '-' would be read as an option by kafka-storage (1 id in 64): start with a letter instead
            String clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(uuidBytes())
                    .replaceFirst("^-", "A");
            List<String> java = List.of(javaBin(), "-Xmx256m", "-Xms64m", "-XX:+UseSerialGC",
                    "-Dlog4j2.configurationFile=" + log4j, "-cp", classpath);
            List<String> format = new ArrayList<>(java);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "--standalone", "-c",
                    props.toString()));
            ServerProcess.runToEnd("Kafka storage format", new ProcessBuilder(format), home.resolve("format.log"),
                    Duration.ofSeconds(60));
            List<String> broker = new ArrayList<>(java);
            broker.addAll(List.of("kafka.Kafka", props.toString()));
            ServerProcess server = ServerProcess.start("Kafka broker", new ProcessBuilder(broker),
                    home.resolve("broker.log"), home.resolve("broker.pid"), home.resolve("data"));
            server.awaitReady(Duration.ofSeconds(60), Duration.ofMillis(100), () -> listening(port));
            return new KafkaBroker(server, port);
        });
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Creates the four topics of DESIGN.md and their dead-letter twins, and the staff topic. */
    public void createHelplineTopics() {
        List<NewTopic> topics = new ArrayList<>();
        topics.add(new NewTopic(Topics.STAFF, 1, (short) 1).configs(Map.of("retention.ms", "-1")));
        for (String topic : Topics.ALL) {
            // as deploy/stack creates them: event topics keep every event (analytics rebuilds from them)
            topics.add(new NewTopic(topic, PARTITIONS, (short) 1).configs(Map.of("retention.ms", "-1")));
            topics.add(new NewTopic(Topics.deadLetterOf(topic), 1, (short) 1));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            admin.createTopics(topics.stream().filter(t -> !existing.contains(t.name())).toList())
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers(), e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private static boolean listening(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        }
    }

    static Path libDir() {
        String configured = System.getProperty("kafka.lib.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        // run from an IDE: the working directory is the module
        for (Path candidate : List.of(Path.of("../deploy/kafka-runtime/target/kafka-lib"),
                Path.of("../../deploy/kafka-runtime/target/kafka-lib"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("Kafka jars not found: build deploy/kafka-runtime first (mvn install from the root)");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static byte[] uuidBytes() {
        UUID uuid = UUID.randomUUID();
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (uuid.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        return bytes;
    }
}
