import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Creates the helpline's topics if missing: {@code java -cp 'kafka-lib/*' CreateTopics.java HOST:PORT topic:partitions ...}.
 * Run by deploy/stack (a single-file program, so the stack needs no extra Kafka tool jars).
 */
public class CreateTopics {

    public static void main(String[] args) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> keepForever = new HashMap<>();
            for (int i = 1; i < args.length; i++) {
                String[] topic = args[i].split(":");
                boolean eventTopic = !topic[0].endsWith(".dlq");
                if (!existing.contains(topic[0])) {
                    NewTopic created = new NewTopic(topic[0], Integer.parseInt(topic[1]), (short) 1);
                    missing.add(eventTopic ? created.configs(Map.of("retention.ms", "-1")) : created);
                } else if (eventTopic) {
                    keepForever.put(new ConfigResource(ConfigResource.Type.TOPIC, topic[0]), List.of(new AlterConfigOp(
                            new ConfigEntry("retention.ms", "-1"), AlterConfigOp.OpType.SET)));
                }
            }
            admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            // the event topics are the record analytics rebuilds from: never let Kafka delete from them
            admin.incrementalAlterConfigs(keepForever).all().get(60, TimeUnit.SECONDS);
            missing.forEach(t -> System.out.println("created " + t.name() + " (" + t.numPartitions() + " partitions)"));
        }
    }
}
