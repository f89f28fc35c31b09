package org.helpline.console.language;

import java.util.Locale;
import java.util.Optional;

/** The console's two languages: every page exists in both, Urdu right to left. */
public enum Language {
    ENGLISH("en", "ltr"),
    URDU("ur", "rtl");

    private final String tag;
    private final String direction;

    Language(String tag, String direction) {
        this.tag = tag;
        this.direction = direction;
    }

    /** The {@code lang} attribute and the value of {@code ?lang=} and of the language cookie. */
    public String tag() {
        return tag;
    }

    /** The {@code dir} attribute of the page. */
    public String direction() {
        return direction;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The other language, which the switch offers. */
    public Language other() {
        return this == ENGLISH ? URDU : ENGLISH;
    }

    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String wanted = tag.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (wanted.equals(language.tag) || wanted.startsWith(language.tag + "-")) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
