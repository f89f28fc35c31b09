package org.helpline.analytics.report;

/** What a report section holds: one row of figures, or a table of rows. */
public sealed interface SectionValue permits Row, Table {

    boolean isEmpty();

    /** The publishable variant of the section (see {@link Row#suppressed()}). */
    SectionValue suppressed();

    /** The section as CSV (RFC 4180) with its name in the header's first cell. */
    String csv(String section);
}
