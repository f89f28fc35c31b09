package org.helpline.platform.testing;

import io.quarkus.arc.Arc;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;

/**
 * Holds one of the app's scheduled jobs (sweeps run every second or so in test profiles) so that a test
 * decides when the job may act, instead of racing its clock. The app is shared by the module's test
 * classes: always close it (try-with-resources) to resume the job.
 */
public final class HeldJob implements AutoCloseable {

    private final Scheduler scheduler = Arc.container().instance(Scheduler.class).get();
    private final String job;

    private HeldJob(String method) {
        job = scheduler.getScheduledJobs().stream()
                .filter(t -> t.getMethodDescription() != null && t.getMethodDescription().contains(method))
                .map(Trigger::getId).findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled job " + method + " to hold"));
        scheduler.pause(job);
    }

    /** Pauses the scheduled job whose method description contains {@code method} (e.g. "Vault#rewrapDue"). */
    public static HeldJob held(String method) {
        return new HeldJob(method);
    }

    @Override
    public void close() {
        scheduler.resume(job);
    }
}
