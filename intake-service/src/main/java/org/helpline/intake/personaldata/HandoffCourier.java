package org.helpline.intake.personaldata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import org.helpline.intake.IntakeSettings;
import org.helpline.platform.privacy.SealedEntry;
import org.helpline.platform.sql.NativeRow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Takes sealed personal data to case-service and forgets it once case-service has it. A delivery that
 * fails (case-service down, case not yet there) is tried again later, backing off up to a minute; PUT is
 * idempotent per entry, so a delivery repeated after a crash stores nothing twice. Entries are claimed for a
 * lease with SKIP LOCKED, so two intake instances do not deliver the same entry at once.
 */
@ApplicationScoped
public class HandoffCourier {

    private static final Logger LOG = Logger.getLogger(HandoffCourier.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Inject @RestClient CaseServiceClient caseService;
    @Inject Clock clock;
    @Inject MeterRegistry metrics;
    @Inject IntakeSettings settings;

    @PostConstruct
    void init() {
        Gauge.builder("helpline.personal_data.handoff.waiting", this, HandoffCourier::waiting)
                .description("Sealed personal data intake holds until case-service has taken it").register(metrics);
    }

    private record Waiting(UUID entryId, UUID caseId, byte[] sealed, Instant receivedAt, int attempts) {
    }

    @Scheduled(every = "${helpline.personal-data.handoff-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        for (Waiting entry : QuarkusTransaction.requiringNew().call(this::claimDue)) {
            deliver(entry);
        }
    }

    /** The call to case-service runs outside any transaction: a slow case-service holds no lock or connection. */
    private void deliver(Waiting entry) {
        try {
            caseService.handOver(entry.caseId(), entry.entryId(),
                    new SealedEntry(Base64.getEncoder().encodeToString(entry.sealed()), entry.receivedAt()));
        } catch (RuntimeException e) {
            if (e instanceof jakarta.ws.rs.WebApplicationException refused && refused.getResponse().getStatus() == 410) {
                // the case's personal data was erased while this entry was on its way: it must not survive it
                LOG.infof("personal data of case %s (entry %s) dropped: the case's personal data was erased",
                        entry.caseId(), entry.entryId());
                forget(entry);
                return;
            }
            int attempts = entry.attempts() + 1;
            Duration wait = Duration.ofSeconds(Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts, 6)));
            QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                    "update personal_data_handoff set attempts = ?2, next_try_at = ?3 where entry_id = ?1")
                    .setParameter(1, entry.entryId())
                    .setParameter(2, attempts)
                    .setParameter(3, clock.instant().plus(wait))
                    .executeUpdate());
            // the entry id and case id only: never the data, never the response body
            LOG.warnf("personal data of case %s (entry %s) not yet handed to case-service (attempt %d, next in %ds): %s",
                    entry.caseId(), entry.entryId(), attempts, wait.toSeconds(), e.getClass().getSimpleName());
            return;
        }
        forget(entry);
    }

    private void forget(Waiting entry) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("delete from personal_data_handoff where entry_id = ?1")
                .setParameter(1, entry.entryId()).executeUpdate());
    }

    /**
     * Takes due entries for a lease: another instance skips them (SKIP LOCKED now, the lease later), and if
     * this one dies mid-delivery they are due again when the lease ends. PUT is idempotent per entry.
     */
    private List<Waiting> claimDue() {
        return NativeRow.all(Panache.getEntityManager().createNativeQuery("""
                update personal_data_handoff set next_try_at = ?3
                 where entry_id in (select entry_id from personal_data_handoff where next_try_at <= ?1
                                     order by next_try_at limit ?2 for update skip locked)
                returning entry_id, case_id, sealed, received_at, attempts""")
                .setParameter(1, clock.instant())
                .setParameter(2, settings.personalData().handoffBatchSize())
                .setParameter(3, clock.instant().plus(LEASE)))
                .stream()
                .map(r -> new Waiting(r.uuid(0), r.uuid(1), r.bytes(2), r.instant(3), r.integer(4)))
                .toList();
    }

    private double waiting() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> (double) NativeRow.single(Panache.getEntityManager()
                    .createNativeQuery("select count(*) from personal_data_handoff")).count(0));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
