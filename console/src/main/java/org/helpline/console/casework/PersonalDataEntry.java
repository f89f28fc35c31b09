package org.helpline.console.casework;

import java.time.Instant;
import java.util.UUID;

/** One entry of a case's personal data as case-service decrypts it for a reader; never logged, never kept. */
public record PersonalDataEntry(UUID entryId, Instant receivedAt, Data data) {

    public record Data(String name, String phone, String email, String notes) {

        @Override
        public String toString() {
            return "Data[redacted]";
        }
    }
}
