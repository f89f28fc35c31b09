package org.helpline.tools.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Measured latencies in nanoseconds, sorted, read as percentiles in milliseconds. */
final class Latencies {

    private final List<Long> sorted;

    Latencies(Collection<Long> nanos) {
        sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
    }

    /** @param share 0.5 for the median, 0.99 for p99 */
    double ms(double share) {
        return sorted.get((int) (sorted.size() * share)) / 1e6;
    }
}
