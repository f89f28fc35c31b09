package org.helpline.contracts.staff;

import org.helpline.contracts.IntegrationEvent;

/** An event of one staff account: Kafka keys it by the username, so that an account's changes stay in order. */
public interface StaffAccountEvent extends IntegrationEvent {

    String username();

    @Override
    default String partitionKey() {
        return username();
    }
}
