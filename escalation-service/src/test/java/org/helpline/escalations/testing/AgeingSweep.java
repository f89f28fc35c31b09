package org.helpline.escalations.testing;

import io.quarkus.arc.Arc;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;

/**
 * Holds the scheduled ageing sweep (every second in the test profile) so that a test decides when an
 * escalation may age out, instead of racing the clock; the app is shared, so always resume.
 */
public final class AgeingSweep implements AutoCloseable {

    private final Scheduler scheduler = Arc.container().instance(Scheduler.class).get();
    private final String job;

    private AgeingSweep() {
        job = scheduler.getScheduledJobs().stream()
                .filter(t -> t.getMethodDescription() != null && t.getMethodDescription().contains("UnansweredEscalations"))
                .map(Trigger::getId).findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled ageing sweep to hold"));
        scheduler.pause(job);
    }

    public static AgeingSweep held() {
        return new AgeingSweep();
    }

    @Override
    public void close() {
        scheduler.resume(job);
    }
}
