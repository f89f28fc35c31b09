package org.helpline.console.language;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * Every word a page shows, from {@code messages/console_en.properties} and {@code console_ur.properties}, and
 * the annual report's own words from {@code messages/report_*.properties} (same keys in both languages, no key in
 * two bundles: {@code BundlesTest}). Templates write {@code {t:worklist_title}} for a text,
 * {@code {entry.category.label}} for a vocabulary value and {@code {entry.openedAt.shown}} for a time. An
 * Urdu key that is missing fails loudly instead of falling back to English: the bundles have no parent.
 */
public final class Texts {

    /** The helpline works in Pakistan's time, wherever the console runs. */
    public static final ZoneId HELPLINE_TIME = ZoneId.of("Asia/Karachi");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    /** The bundles, each a concept's words: the console's pages, the annual report. */
    public static final List<String> BUNDLES = List.of("messages/console", "messages/report");

    public static String of(Language language, String key) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, language.locale(), NO_FALLBACK);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("no text " + key + " in " + language, Texts.class.getName(), key);
    }

    /** {@code {t:key}}: the text of that key in the page's language. */
    @TemplateExtension(namespace = "t", matchName = TemplateExtension.ANY)
    static String text(String key, @TemplateAttribute("locale") Object locale) {
        return of(languageOf(locale), key);
    }

    /** {@code {key.inLanguage}}: the text of a key chosen at run time (a field's label, an error's text). */
    @TemplateExtension
    static String inLanguage(String key, @TemplateAttribute("locale") Object locale) {
        return of(languageOf(locale), key);
    }

    /**
     * {@code {key.with(value)}}: the text of a key with its {@code {0}} replaced by the value, isolated from the
     * words around it (FSI…PDI, what {@code <bdi>} does) so that a Latin name reads right inside Urdu.
     */
    @TemplateExtension
    static String with(String key, Object value, @TemplateAttribute("locale") Object locale) {
        return filled(of(languageOf(locale), key), value);
    }

    /**
     * {@code {t:key.filled(value)}}: a text with its {@code {0}} replaced by the value, isolated from the words
     * around it like {@link #with}; for a key written in the template (a key chosen at run time uses {@code with}).
     */
    @TemplateExtension
    static String filled(String text, Object value) {
        return text.replace("{0}", "\u2068" + value + "\u2069");
    }

    /** {@code {value.code}}: a vocabulary value as the services write it, for a form's option. */
    @TemplateExtension
    static String code(Enum<?> value) {
        return value.name();
    }

    /** {@code {value.label}}: a vocabulary value as people read it, e.g. {@code Category.CYBER_HARASSMENT}. */
    @TemplateExtension
    static String label(Enum<?> value, @TemplateAttribute("locale") Object locale) {
        return of(languageOf(locale), value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** {@code {instant.shown}}: a date and time in the helpline's time zone, written the language's way. */
    @TemplateExtension
    static String shown(Instant at, @TemplateAttribute("locale") Object locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(languageOf(locale).locale()).withZone(HELPLINE_TIME).format(at);
    }

    /** {@code {instant.daysAgo}}: whole days from then until now (an escalation's age). */
    @TemplateExtension
    static long daysAgo(Instant at) {
        return Math.max(0, Duration.between(at, Instant.now()).toDays());
    }

    private static Language languageOf(Object locale) {
        return locale instanceof Locale l ? Language.ofTag(l.getLanguage()).orElse(Language.ENGLISH) : Language.ENGLISH;
    }
}
