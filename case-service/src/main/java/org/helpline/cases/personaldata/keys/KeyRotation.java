package org.helpline.cases.personaldata.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import org.helpline.cases.CaseSettings;
import org.helpline.platform.sql.BatchedWork;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Rotation of the key-encryption key and the handoff key pair, on a schedule
 * ({@code helpline.personal-data.key-rotation-interval}) or when a supervisor asks (after an erasure that must be
 * final at once): a new KEK and a new pair, every wrapped secret moved under the new KEK, pairs past their
 * grace forgotten, and every KEK no row names destroyed in the token. An erased case's data key is then
 * unreadable in every copy of the database made before; an entry intake sealed to a pair, once that pair is
 * forgotten and the KEK that wrapped it destroyed (one more rotation).
 */
@ApplicationScoped
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class);

    /**
     * What a rotation did. {@code destroyed} is every KEK that was live before it, all destroyed when it answers:
     * by this call or by a tend that ran beside it (the schedule, another instance), which re-wraps and destroys
     * the same keys; {@code rewrapped} and {@code handoffKeysForgotten} count this call's own work only.
     */
    public record Rotated(String keyEncryptionKey, String handoffKey, int rewrapped, int handoffKeysForgotten,
            List<String> destroyed) {
    }

    /** How long a rotation waits for a concurrent tend to finish the re-wrapping it skipped (rows it held locked). */
    private static final Duration CONCURRENT_TEND_WAIT = Duration.ofSeconds(30);

    @Inject
    WrappedKeys wrappedKeys;
    @Inject
    HandoffKeys handoffKeys;
    @Inject
    CaseSettings settings;
    @Inject
    Clock clock;

    /** The first start makes the first KEK and pair (instances starting together make one: the lock decides). */
    void haveKeys(@Observes StartupEvent started) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (wrappedKeys.liveKeyEncryptionKeys().isEmpty()) {
                String kek = wrappedKeys.addKeyEncryptionKey();
                LOG.infof("first key-encryption key %s made in the key token", kek);
            }
            if (!handoffKeys.anyCurrent()) {
                handoffKeys.replace();
            }
        });
    }

    /**
     * Answers only once every KEK live before it is destroyed, so a supervisor who rotates after an erasure knows
     * the erased data key no longer opens in any copy; a tend running beside it may have done part of the work.
     */
    public Rotated rotate() {
        List<String> before = QuarkusTransaction.requiringNew().call(wrappedKeys::liveKeyEncryptionKeys);
        String[] made = QuarkusTransaction.requiringNew().call(() -> {
            String kek = wrappedKeys.addKeyEncryptionKey();
            return new String[] {kek, handoffKeys.replace()};
        });
        Rotated tended = tend(made[0], made[1]);
        int rewrapped = tended.rewrapped();
        int forgotten = tended.handoffKeysForgotten();
        long deadline = System.nanoTime() + CONCURRENT_TEND_WAIT.toNanos();
        for (List<String> left = stillLive(before); !left.isEmpty(); left = stillLive(before)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("key rotation: key-encryption keys " + left + " still wrap secrets after "
                        + CONCURRENT_TEND_WAIT.toSeconds() + " s; the next tend destroys them");
            }
            pause();
            tended = tend(made[0], made[1]);
            rewrapped += tended.rewrapped();
            forgotten += tended.handoffKeysForgotten();
        }
        Rotated rotated = new Rotated(made[0], made[1], rewrapped, forgotten, before);
        LOG.infof("keys rotated: key-encryption key %s, handoff key %s; %d secrets re-wrapped, %d handoff keys "
                + "forgotten, key-encryption keys destroyed: %s", rotated.keyEncryptionKey(), rotated.handoffKey(),
                rotated.rewrapped(), rotated.handoffKeysForgotten(), rotated.destroyed());
        return rotated;
    }

    private List<String> stillLive(List<String> keys) {
        return QuarkusTransaction.requiringNew().call(wrappedKeys::liveKeyEncryptionKeys).stream()
                .filter(keys::contains).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("key rotation interrupted while waiting for a concurrent tend", e);
        }
    }

    /** Rotates when the current KEK is due, else finishes what an earlier rotation (or a legacy key) left. */
    @Scheduled(every = "${helpline.personal-data.key-check-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tendKeys() {
        Instant made = QuarkusTransaction.requiringNew().call(wrappedKeys::currentCreatedAt);
        if (!made.plus(settings.personalData().keyRotationInterval()).isAfter(clock.instant())) {
            rotate();
            return;
        }
        Rotated tended = tend(null, null);
        if (tended.rewrapped() > 0 || tended.handoffKeysForgotten() > 0 || !tended.destroyed().isEmpty()) {
            LOG.infof("keys tended: %d secrets re-wrapped, %d handoff keys forgotten, key-encryption keys "
                    + "destroyed: %s", tended.rewrapped(), tended.handoffKeysForgotten(), tended.destroyed());
        }
    }

    /** Forgets before re-wrapping: a pair re-wrapped and then forgotten would leave a copy under the new KEK. */
    private Rotated tend(String kek, String handoffKey) {
        Duration grace = settings.personalData().handoffKeyGrace();
        int forgotten = QuarkusTransaction.requiringNew()
                .call(() -> handoffKeys.forgetRetiredBefore(clock.instant().minus(grace)));
        int rewrapped = BatchedWork.drain(() -> wrappedKeys.rewrapWithTheCurrentKey(200));
        List<String> destroyed = wrappedKeys.destroyUnused();
        return new Rotated(kek, handoffKey, rewrapped, forgotten, destroyed);
    }
}
