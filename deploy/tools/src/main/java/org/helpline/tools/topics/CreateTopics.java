package org.helpline.tools.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Creates the helpline's topics ({@link TopicLayout}) if missing, and keeps the event topics' records
 * forever even where an older stack created them otherwise: {@code CreateTopics HOST:PORT PARTITIONS}, the
 * partitions of each event topic. Run by {@code deploy/stack up}.
 */
public final class CreateTopics {

    private CreateTopics() {
    }

    public static void main(String[] args) throws Exception {
        List<TopicLayout> layout = TopicLayout.of(Integer.parseInt(args[1]));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> keepForever = new HashMap<>();
            for (TopicLayout topic : layout) {
                if (!existing.contains(topic.name())) {
                    NewTopic created = new NewTopic(topic.name(), topic.partitions(), (short) 1);
                    missing.add(topic.keptForever() ? created.configs(Map.of("retention.ms", "-1")) : created);
                } else if (topic.keptForever()) {
                    keepForever.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), List.of(new AlterConfigOp(
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
