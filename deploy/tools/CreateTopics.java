import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the helpline's topics if missing: {@code java -cp 'kafka-lib/*' CreateTopics.java HOST:PORT topic:partitions ...}.
 * Run by deploy/stack (a single-file program, so the stack needs no extra Kafka tool jars).
 */
public class CreateTopics {

    public static void main(String[] args) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String[] topic = args[i].split(":");
                if (!existing.contains(topic[0])) {
                    missing.add(new NewTopic(topic[0], Integer.parseInt(topic[1]), (short) 1));
                }
            }
            admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            missing.forEach(t -> System.out.println("created " + t.name() + " (" + t.numPartitions() + " partitions)"));
        }
    }
}
