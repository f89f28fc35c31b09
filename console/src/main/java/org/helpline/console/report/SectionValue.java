package org.helpline.console.report;

/** What a section of the report holds: one row of labelled figures, or a table of such rows. */
public sealed interface SectionValue permits Counts, CountTable {

    boolean isEmpty();
}
