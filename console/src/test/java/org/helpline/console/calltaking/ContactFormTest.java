package org.helpline.console.calltaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.helpline.console.ConsoleInfrastructure;
import org.helpline.console.language.Language;
import org.helpline.console.language.Texts;
import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.ContactKind;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.SourceOfContact;
import org.helpline.platform.testing.BrowserSignIn;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The contact form without the services behind it (ConsoleInfrastructure: nothing listens where intake and
 * case-service would): what it offers, what it refuses before sending anything, and that a person's entry comes
 * back whole when intake cannot be reached. The form over the running stack: deploy/end-to-end ConsoleInChromiumIT.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleInfrastructure.class)
class ContactFormTest {

    private static final List<Class<? extends Enum<?>>> FORM_VOCABULARIES = List.of(Channel.class, ContactKind.class,
            AgeBand.class, Gender.class, Province.class, CallerType.class, SourceOfContact.class, Occupation.class,
            Community.class);

    @TestHTTPResource("/")
    URI console;

    @Test
    void theFormOffersEveryVocabularyValueInUrduRightToLeftWithTheGazetteersCities() {
        Response form = BrowserSignIn.open(console + "contacts/new?lang=ur", "associate");

        assertThat(form.statusCode()).isEqualTo(200);
        String html = form.asString();
        assertThat(html).contains("lang=\"ur\" dir=\"rtl\"").contains("<option value=\"Lahore\">")
                .contains("<option value=\"Dera Ismail Khan\">").contains("list=\"cities\"");
        for (Class<? extends Enum<?>> vocabulary : FORM_VOCABULARIES) {
            for (Enum<?> value : vocabulary.getEnumConstants()) {
                String urdu = Texts.of(Language.URDU, vocabulary.getSimpleName() + "." + value.name());
                assertThat(html).as("%s.%s in Urdu", vocabulary.getSimpleName(), value)
                        .containsPattern("value=\"" + value.name() + "\"[^>]*>\\s*" + Pattern.quote(urdu));
            }
        }
        assertThat(form.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void eachRenderingOfTheFormCarriesItsOwnIdempotencyKeyAndCsrfToken() {
        Map<String, Map<String, String>> jar = new HashMap<>();
        Map<String, String> first = hiddenFields(BrowserSignIn.open(console + "contacts/new", "associate", jar));
        Map<String, String> second = hiddenFields(BrowserSignIn.open(console + "contacts/new", "associate", jar));

        assertThat(UUID.fromString(first.get("idempotencyKey"))).isNotEqualTo(UUID.fromString(second.get("idempotencyKey")));
        assertThat(first.get("csrf-token")).isNotBlank();
        assertThat(jar.get(console.getHost())).containsKey("helpline-csrf");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedBeforeAnythingIsSent() {
        Map<String, Map<String, String>> jar = new HashMap<>();
        Map<String, String> fields = hiddenFields(BrowserSignIn.open(console + "contacts/new", "associate", jar));
        Map<String, String> form = aCompleteNewContact(fields);
        form.remove("csrf-token");

        Response refused = BrowserSignIn.submit(console + "contacts", form, jar);

        // a form that got past the check would have tried intake (unreachable here: 503)
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).doesNotContain("could not be reached");

        form.put("csrf-token", "forged" + fields.get("csrf-token"));
        assertThat(BrowserSignIn.submit(console + "contacts", form, jar).statusCode()).isEqualTo(400);
    }

    @Test
    void anIncompleteFormComesBackWithEverythingTypedAndTheMissingFieldsNamed() {
        Map<String, Map<String, String>> jar = new HashMap<>();
        Map<String, String> fields = hiddenFields(BrowserSignIn.open(console + "contacts/new", "associate", jar));
        Map<String, String> form = aCompleteNewContact(fields);
        form.remove("ageBand");
        form.put("kind", "FOLLOW_UP");
        form.put("email", "not an address");

        Response page = BrowserSignIn.submit(console + "contacts", form, jar);

        assertThat(page.statusCode()).isEqualTo(400);
        String html = page.asString();
        assertThat(html).contains("Please check these fields").contains(Texts.of(Language.ENGLISH, "error_required"))
                .contains(Texts.of(Language.ENGLISH, "error_case_number_for_follow_up"))
                .contains(Texts.of(Language.ENGLISH, "error_email"))
                .contains("value=\"Multan\"").contains("value=\"not an address\"")
                .contains("threatened on WhatsApp by a former colleague")
                .contains("value=\"" + fields.get("idempotencyKey") + "\"");
    }

    @Test
    void whenIntakeCannotBeReachedTheFormComesBackSayingNothingWasSavedUnderTheSameKey() {
        Map<String, Map<String, String>> jar = new HashMap<>();
        Map<String, String> fields = hiddenFields(BrowserSignIn.open(console + "contacts/new?lang=ur", "associate", jar));

        Response page = BrowserSignIn.submit(console + "contacts", aCompleteNewContact(fields), jar);

        assertThat(page.statusCode()).isEqualTo(503);
        String html = page.asString();
        assertThat(html).contains("dir=\"rtl\"").contains(Texts.of(Language.URDU, "notice_unreachable"))
                .contains("value=\"Multan\"").contains("threatened on WhatsApp by a former colleague")
                .containsPattern("value=\"AGE_18_30\"\\s+selected")
                .contains("value=\"" + fields.get("idempotencyKey") + "\"")
                .doesNotContain("Exception");
    }

    @Test
    void aReceiptWithoutItsSlipNeverShowsACode() {
        Map<String, Map<String, String>> jar = new HashMap<>();
        jar.computeIfAbsent(console.getHost(), h -> new LinkedHashMap<>()).put(ReceiptSlips.COOKIE, "forged");

        Response page = BrowserSignIn.open(console + "contacts/" + UUID.randomUUID() + "/receipt?case=CH-2026-000007",
                "associate", jar);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("CH-2026-000007").contains(Texts.of(Language.ENGLISH, "receipt_shown_before"))
                .doesNotContain("tracking-code");
        assertThat(jar.get(console.getHost())).doesNotContainKey(ReceiptSlips.COOKIE);
    }

    @Test
    void analystsAndDigitalSecurityGetTheForbiddenPageForTheFormACallAndACase() {
        assertThat(BrowserSignIn.open(console + "contacts/new", "analyst").statusCode()).isEqualTo(403);
        Response casePage = BrowserSignIn.open(console + "cases/" + UUID.randomUUID() + "?lang=ur", "analyst");
        assertThat(casePage.statusCode()).isEqualTo(403);
        assertThat(casePage.asString()).contains("dir=\"rtl\"").contains(Texts.of(Language.URDU, "forbidden_title"));
        assertThat(BrowserSignIn.open(console + "cases?number=CH-2026-000001", "digisec").statusCode()).isEqualTo(403);
        assertThat(BrowserSignIn.open(console + "calls/any-call", "analyst").statusCode()).isEqualTo(403);
        assertThat(BrowserSignIn.open(console + "calls/any-call", "digisec").statusCode()).isEqualTo(403);
    }

    /** The form as a person fills it in, on top of its rendering's hidden fields. */
    static Map<String, String> aCompleteNewContact(Map<String, String> hidden) {
        Map<String, String> form = new LinkedHashMap<>(hidden);
        form.put("kind", "NEW");
        form.put("channel", "PHONE");
        form.put("callerType", "SELF");
        form.put("ageBand", "AGE_18_30");
        form.put("gender", "FEMALE");
        form.put("city", "Multan");
        form.put("province", "PUNJAB");
        form.put("name", "Sana");
        form.put("notes", "threatened on WhatsApp by a former colleague");
        return form;
    }

    static Map<String, String> hiddenFields(Response form) {
        assertThat(form.statusCode()).isEqualTo(200);
        return BrowserSignIn.hiddenFields(form);
    }
}
