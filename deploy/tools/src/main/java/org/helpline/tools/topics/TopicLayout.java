package org.helpline.tools.topics;

import java.util.ArrayList;
import java.util.List;

import org.helpline.contracts.Topics;

/**
 * The helpline's topics as {@link Topics} names them. Each event topic gets the partitions asked for
 * (ordering is per case, key = caseId; 3 lets a service run up to 3 consumer instances) and is kept
 * forever: it is the record analytics rebuilds from. {@link Topics#STAFF} (few account changes, read in
 * order) and the dead-letter topics (read by people, in order) get one partition.
 */
record TopicLayout(String name, int partitions, boolean keptForever) {

    static List<TopicLayout> of(int eventPartitions) {
        List<TopicLayout> layout = new ArrayList<>();
        Topics.ALL.forEach(topic -> layout.add(new TopicLayout(topic, eventPartitions, true)));
        layout.add(new TopicLayout(Topics.STAFF, 1, true));
        Topics.ALL.forEach(topic -> layout.add(new TopicLayout(Topics.deadLetterOf(topic), 1, false)));
        return layout;
    }
}
