package org.helpline.analytics.report;

import java.util.Collections;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a {@link Row} and a {@link Table} are made of: values by label, in the report's order, never changed
 * once built; two are equal when they hold the same labels with the same values in the same kind of section.
 */
abstract sealed class ByLabel<V> permits Row, Table {

    // written as the object itself (each section's @JsonValue), not as a property of it
    @Schema(hidden = true)
    private final Map<String, V> byLabel;

    ByLabel(Map<String, V> byLabel) {
        this.byLabel = Collections.unmodifiableMap(byLabel);
    }

    final Map<String, V> byLabel() {
        return byLabel;
    }

    @Schema(hidden = true)
    public final boolean isEmpty() {
        return byLabel.isEmpty();
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && byLabel.equals(((ByLabel<?>) other).byLabel);
    }

    @Override
    public final int hashCode() {
        return byLabel.hashCode();
    }

    @Override
    public final String toString() {
        return byLabel.toString();
    }
}
