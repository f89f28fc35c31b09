package org.helpline.intake.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds bodies of {@code POST /api/contacts}; defaults describe a typical first call. */
public final class ContactRequests {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, Object> complainant = new LinkedHashMap<>();

    private ContactRequests() {
    }

    public static ContactRequests newCase() {
        ContactRequests r = new ContactRequests();
        r.body.put("channel", "PHONE");
        r.body.put("kind", "NEW");
        r.complainant.put("ageBand", "AGE_18_30");
        r.complainant.put("gender", "FEMALE");
        r.complainant.put("city", "Lahore");
        r.complainant.put("province", "PUNJAB");
        r.complainant.put("callerType", "SELF");
        r.complainant.put("sourceOfContact", "SOCIAL_MEDIA");
        r.complainant.put("occupation", "STUDENT");
        r.complainant.put("community", "NONE");
        r.body.put("complainant", r.complainant);
        return r;
    }

    public static ContactRequests followUp(UUID caseId) {
        ContactRequests r = new ContactRequests();
        r.body.put("channel", "EMAIL");
        r.body.put("kind", "FOLLOW_UP");
        r.body.put("caseId", caseId.toString());
        return r;
    }

    public ContactRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public ContactRequests complainant(String field, Object value) {
        complainant.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }
}
