package org.helpline.contracts;

import java.util.List;

/**
 * The Kafka topics of DESIGN.md; each has a dead-letter twin named {@code <topic>.dlq}. {@link #STAFF} (not in
 * DESIGN.md: staff account changes, published by case-service for operators and auditors) holds no case
 * events and is not among {@link #ALL}, the topics the statistics are built from.
 */
public final class Topics {

    public static final String CONTACTS = "helpline.contacts";
    public static final String CASES = "helpline.cases";
    public static final String ESCALATIONS = "helpline.escalations";
    public static final String REFERRALS = "helpline.referrals";

    public static final String STAFF = "helpline.staff";

    public static final List<String> ALL = List.of(CONTACTS, CASES, ESCALATIONS, REFERRALS);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }
}
