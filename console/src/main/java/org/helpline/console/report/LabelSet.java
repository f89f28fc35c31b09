package org.helpline.console.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the labels of a section's rows (or of its columns) are named in the bundles: a vocabulary the console already
 * labels ({@code Gender.FEMALE}, in console_*.properties), the report's own labels ({@code report_totals_cases}, in
 * report_*.properties), the months, or names that are data and shown as they are (cities, FIA wings).
 *
 * @param section the section's key, the middle of its own labels' keys
 * @param vocabulary the vocabulary of the labels, or null
 * @param own labels of the report's own, each with the key {@code report_<section>_<label>}
 * @param months whether the labels are months (YYYY-MM)
 */
record LabelSet(String section, Class<? extends Enum<?>> vocabulary, List<String> own, boolean months) {

    /** Where a count has no value recorded (analytics' {@code coalesce(..., 'UNSPECIFIED')}). */
    static final String UNSPECIFIED = "UNSPECIFIED";
    /** A row's sum of its other cells. */
    static final String TOTAL = "total";
    static final String UNSPECIFIED_KEY = "report_label_unspecified";
    static final String TOTAL_KEY = "report_label_total";

    static LabelSet vocabulary(String section, Class<? extends Enum<?>> vocabulary, String... own) {
        return new LabelSet(section, vocabulary, List.of(own), false);
    }

    static LabelSet own(String section, String... own) {
        return new LabelSet(section, null, List.of(own), false);
    }

    static LabelSet months(String section) {
        return new LabelSet(section, null, List.of(), true);
    }

    /** Names that are data (a city, a wing), shown as they are. */
    static LabelSet names(String section) {
        return new LabelSet(section, null, List.of(), false);
    }

    /** The key of the label's text, or null for a name shown as it is (or a value this console does not know). */
    String keyOf(String label) {
        if (UNSPECIFIED.equals(label)) {
            return UNSPECIFIED_KEY;
        }
        if (TOTAL.equals(label)) {
            return TOTAL_KEY;
        }
        if (months && label.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            return monthKey(Integer.parseInt(label.substring(5)));
        }
        if (own.contains(label)) {
            return "report_" + section + "_" + label.replaceAll("[^A-Za-z0-9]+", "_");
        }
        if (vocabulary != null && Arrays.stream(vocabulary.getEnumConstants()).anyMatch(v -> v.name().equals(label))) {
            return vocabulary.getSimpleName() + "." + label;
        }
        return null;
    }

    /** Every key these labels may ask for (for the test that each has an English and an Urdu text). */
    List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(UNSPECIFIED_KEY, TOTAL_KEY));
        if (months) {
            for (int m = 1; m <= 12; m++) {
                keys.add(monthKey(m));
            }
        }
        own.forEach(label -> keys.add(keyOf(label)));
        if (vocabulary != null) {
            Arrays.stream(vocabulary.getEnumConstants()).forEach(v -> keys.add(keyOf(v.name())));
        }
        return keys;
    }

    static String monthKey(int month) {
        return String.format("report_month_%02d", month);
    }
}
