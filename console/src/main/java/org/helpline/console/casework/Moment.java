package org.helpline.console.casework;

import java.time.Instant;

/**
 * Something that happened to a case, from whichever service keeps it: the case page's timeline shows them in the
 * order they happened; {@code kind} tells the timeline's template which of its lines to draw.
 */
public interface Moment {

    Instant at();

    String kind();
}
