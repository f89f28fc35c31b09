package org.helpline.contracts;

import java.util.List;

/** The Kafka topics of DESIGN.md; each has a dead-letter twin named {@code <topic>.dlq}. */
public final class Topics {

    public static final String CONTACTS = "helpline.contacts";
    public static final String CASES = "helpline.cases";
    public static final String ESCALATIONS = "helpline.escalations";
    public static final String REFERRALS = "helpline.referrals";

    public static final List<String> ALL = List.of(CONTACTS, CASES, ESCALATIONS, REFERRALS);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }
}
