package org.helpline.console.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.helpline.console.casework.CasePriority;
import org.helpline.console.casework.CaseStatus;
import org.helpline.console.casework.PriorityReason;
import org.helpline.console.casework.ReadingPurpose;
import org.helpline.console.personaldata.ErasureReason;
import org.helpline.console.referral.DirectoryKind;
import org.helpline.console.staff.StaffRole;
import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.ContactKind;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.contracts.vocabulary.Service;
import org.helpline.contracts.vocabulary.SourceOfContact;

/** The two languages say everything the pages say, Urdu in Arabic script. */
class BundlesTest {

    private static final Pattern TEXT_IN_TEMPLATE = Pattern.compile("\\{t:([A-Za-z0-9_]+)[.}]");
    /** Arabic script (Urdu's letters among them). */
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Latin letters are allowed only inside brackets: "(FIA)", "(WhatsApp)". */
    private static final Pattern LATIN_OUTSIDE_BRACKETS = Pattern.compile("\\p{IsLatin}");
    /** The switch names the other language in that language. */
    private static final Set<String> NAMED_IN_THE_OTHER_LANGUAGE = Set.of("language_other");

    @Test
    void englishAndUrduHaveExactlyTheSameKeys() throws IOException {
        assertThat(keys(bundle("ur"))).isEqualTo(keys(bundle("en")));
    }

    @Test
    void everyUrduTextIsInArabicScriptWithLatinOnlyInBrackets() throws IOException {
        Properties urdu = bundle("ur");
        for (String key : keys(urdu)) {
            if (NAMED_IN_THE_OTHER_LANGUAGE.contains(key)) {
                continue;
            }
            String value = urdu.getProperty(key);
            // a text of letters has Arabic ones (punctuation alone, like the Arabic comma, has no script)
            assertThat(!LETTER.matcher(value).find() || ARABIC_LETTER.matcher(value).find())
                    .as("Urdu of %s: %s", key, value).isTrue();
            String outsideBrackets = value.replaceAll("\\([^)]*\\)", "");
            assertThat(LATIN_OUTSIDE_BRACKETS.matcher(outsideBrackets).find())
                    .as("Latin letters outside brackets in the Urdu of %s: %s", key, value).isFalse();
        }
    }

    @Test
    void everyTextATemplateAsksForExists() throws IOException {
        Set<String> known = keys(bundle("en"));
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Matcher text = TEXT_IN_TEMPLATE.matcher(Files.readString(template));
                while (text.find()) {
                    assertThat(known).as("%s asks for {t:%s}", template, text.group(1)).contains(text.group(1));
                }
            }
        }
    }

    /** Every vocabulary a page shows or a form offers. */
    private static final List<Class<? extends Enum<?>>> ON_THE_PAGES = List.of(CaseStatus.class, CasePriority.class, ReadingPurpose.class, PriorityReason.class,
            Category.class, Channel.class, ContactKind.class, AgeBand.class, Gender.class, Province.class,
            CallerType.class, SourceOfContact.class, Occupation.class, Community.class, ComplaintType.class,
            Platform.class, HarasserGender.class, Relationship.class, Service.class, CaseOutcome.class,
            ReferralTarget.class, ReferralOutcome.class, DirectoryKind.class, StaffRole.class, ErasureReason.class,
            EscalationReason.class, EscalationOutcome.class, ChannelStatus.class);

    @Test
    void everyVocabularyValueThePagesShowHasALabelAndItsUrduIsNotTheEnglish() throws IOException {
        Properties english = bundle("en");
        Properties urdu = bundle("ur");
        for (Class<? extends Enum<?>> vocabulary : ON_THE_PAGES) {
            for (Enum<?> value : vocabulary.getEnumConstants()) {
                String key = vocabulary.getSimpleName() + "." + value.name();
                assertThat(english.getProperty(key)).as(key).isNotBlank();
                assertThat(urdu.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void aMissingUrduKeyFailsInsteadOfFallingBackToEnglish() {
        assertThatThrownBy(() -> Texts.of(Language.URDU, "no_such_key")).isInstanceOf(MissingResourceException.class);
        assertThat(Texts.of(Language.URDU, "home_title")).isEqualTo("ابتدائی صفحہ");
    }

    @Test
    void eachBundleHasTheSameKeysInBothLanguagesAndNoKeyIsInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String name : Texts.BUNDLES) {
            Set<String> own = keys(file(name, "en"));
            assertThat(keys(file(name, "ur"))).as("the keys of %s in Urdu", name).isEqualTo(own);
            assertThat(seen).as("keys of %s also in another bundle", name).doesNotContainAnyElementsOf(own);
            seen.addAll(own);
        }
    }

    /** Every bundle of the language, together. */
    private static Properties bundle(String language) throws IOException {
        Properties all = new Properties();
        for (String name : Texts.BUNDLES) {
            all.putAll(file(name, language));
        }
        return all;
    }

    private static Properties file(String name, String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/" + name + "_" + language + ".properties")) {
            assertThat(in).as("%s_%s.properties", name, language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
