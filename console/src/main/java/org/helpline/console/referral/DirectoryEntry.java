package org.helpline.console.referral;

import java.util.List;
import java.util.UUID;

import io.quarkus.qute.TemplateData;

/** A pro-bono lawyer or a counsellor of referral-service's directory; {@code distanceKm} from the city asked about. */
@TemplateData
public record DirectoryEntry(UUID entryId, String name, String city, List<String> languages, List<String> areas,
        String contact, Integer distanceKm) {

    /** What referral-service takes for a new entry. */
    public record New(String name, String city, List<String> languages, List<String> areas, String contact) {
    }
}
