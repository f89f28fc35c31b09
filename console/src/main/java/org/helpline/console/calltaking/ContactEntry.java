package org.helpline.console.calltaking;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.RestForm;

import org.helpline.console.language.Texts;
import org.helpline.console.page.FieldError;
import org.helpline.console.page.FormValues;
import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.ContactKind;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.SourceOfContact;

/**
 * The contact form as the person filled it in, every field as typed: it is checked here (errors name the field
 * and a text of the bundles) and re-rendered as it was when anything is wrong or a service cannot be reached. The
 * console keeps none of it. {@code idempotencyKey} was given to this rendering of the form.
 */
public record ContactEntry(
        @RestForm String idempotencyKey,
        @RestForm String callId,
        @RestForm String channel,
        @RestForm String kind,
        @RestForm String caseNumber,
        @RestForm String receivedAt,
        @RestForm String ageBand,
        @RestForm String gender,
        @RestForm String city,
        @RestForm String province,
        @RestForm String callerType,
        @RestForm String sourceOfContact,
        @RestForm String occupation,
        @RestForm String community,
        @RestForm String name,
        @RestForm String phone,
        @RestForm String email,
        @RestForm String notes) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

    /** A fresh form: a new idempotency key, the call it files (if any), a phone call's channel. */
    public static ContactEntry fresh(String callId) {
        return new ContactEntry(UUID.randomUUID().toString(), callId, callId == null ? null : Channel.PHONE.name(),
                ContactKind.NEW.name(), null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            errors.add(new FieldError("idempotencyKey", "error_form_outdated"));
        }
        required(errors, "channel", channel, Channel.class);
        required(errors, "kind", kind, ContactKind.class);
        required(errors, "ageBand", ageBand, AgeBand.class);
        required(errors, "gender", gender, Gender.class);
        required(errors, "callerType", callerType, CallerType.class);
        optional(errors, "province", province, Province.class);
        optional(errors, "sourceOfContact", sourceOfContact, SourceOfContact.class);
        optional(errors, "occupation", occupation, Occupation.class);
        optional(errors, "community", community, Community.class);
        if (ContactKind.FOLLOW_UP.name().equals(kind) && blank(caseNumber)) {
            errors.add(new FieldError("caseNumber", "error_case_number_for_follow_up"));
        }
        if (!blank(receivedAt) && receivedAtParsed().isEmpty()) {
            errors.add(new FieldError("receivedAt", "error_date_time"));
        }
        if (!blank(email) && !EMAIL.matcher(email.trim()).matches()) {
            errors.add(new FieldError("email", "error_email"));
        }
        tooLong(errors, "city", city, 100);
        tooLong(errors, "name", name, 200);
        tooLong(errors, "phone", phone, 32);
        tooLong(errors, "email", email, 254);
        tooLong(errors, "notes", notes, 8000);
        return errors;
    }

    public boolean followUp() {
        return ContactKind.FOLLOW_UP.name().equals(kind);
    }

    public String trimmedCaseNumber() {
        return caseNumber == null ? null : caseNumber.trim();
    }

    /** The contact intake records, for a checked entry; a follow-up names the case its number was found under. */
    public NewContact toContact(UUID followedUpCase) {
        NewContact.PersonalData personal = blank(name) && blank(phone) && blank(email) && blank(notes) ? null
                : new NewContact.PersonalData(trimmed(name), trimmed(phone), trimmed(email), trimmed(notes));
        return new NewContact(Channel.valueOf(channel), ContactKind.valueOf(kind), followedUpCase,
                receivedAtParsed().orElse(null),
                new NewContact.Complainant(AgeBand.valueOf(ageBand), Gender.valueOf(gender), trimmed(city),
                        FormValues.valueOf(Province.class, province), CallerType.valueOf(callerType),
                        FormValues.valueOf(SourceOfContact.class, sourceOfContact), FormValues.valueOf(Occupation.class, occupation),
                        FormValues.valueOf(Community.class, community)),
                personal, blank(callId) ? null : callId);
    }

    /** The same entry under a new idempotency key: a different contact from the one the old key recorded. */
    public ContactEntry withNewKey() {
        return new ContactEntry(UUID.randomUUID().toString(), callId, channel, kind, caseNumber, receivedAt, ageBand,
                gender, city, province, callerType, sourceOfContact, occupation, community, name, phone, email,
                notes);
    }

    /** {@code datetime-local} input: the helpline's time. */
    private Optional<OffsetDateTime> receivedAtParsed() {
        if (blank(receivedAt)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(receivedAt.trim()).atZone(Texts.HELPLINE_TIME).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> void required(List<FieldError> errors, String field, String value,
            Class<E> vocabulary) {
        if (blank(value)) {
            errors.add(new FieldError(field, "error_required"));
        } else {
            optional(errors, field, value, vocabulary);
        }
    }

    private static <E extends Enum<E>> void optional(List<FieldError> errors, String field, String value,
            Class<E> vocabulary) {
        if (!blank(value) && FormValues.valueOf(vocabulary, value) == null) {
            errors.add(new FieldError(field, "error_choice"));
        }
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, "error_too_long"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }

    @Override
    public String toString() {
        return "ContactEntry[idempotencyKey=" + idempotencyKey + ", callId=" + callId + ", kind=" + kind + "]";
    }
}
