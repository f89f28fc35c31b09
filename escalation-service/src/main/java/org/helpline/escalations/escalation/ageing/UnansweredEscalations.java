package org.helpline.escalations.escalation.ageing;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import org.helpline.escalations.EscalationSettings;
import org.helpline.escalations.escalation.Escalating;
import org.helpline.escalations.escalation.listing.EscalationViews;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Resolves escalations the platform left unanswered past their ageing period as NO_RESPONSE, exactly
 * once: the sweep finds them in the read model (so a service that was down at the due time catches up
 * at its first sweep), expires each in its own transaction after locking its row with SKIP LOCKED (a
 * second instance takes others; a staff resolution locks the same row first), and the aggregate records
 * nothing for an escalation already answered.
 */
@ApplicationScoped
public class UnansweredEscalations {

    private static final Logger LOG = Logger.getLogger(UnansweredEscalations.class);

    @Inject
    EscalationViews views;
    @Inject
    Escalating escalating;
    @Inject
    Clock clock;
    @Inject
    EscalationSettings settings;

    @Scheduled(every = "${helpline.escalations.ageing.sweep-interval}", delayed = "${helpline.escalations.ageing.first-sweep-after:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int batchSize = settings.escalations().ageing().batchSize();
        List<UUID> overdue;
        do {
            overdue = QuarkusTransaction.requiringNew().call(() -> views.overdue(clock.instant(), batchSize));
            int expired = 0;
            for (UUID escalationId : overdue) {
                try {
                    if (escalating.expire(escalationId)) {
                        expired++;
                    }
                } catch (RuntimeException e) {
                    // answered at this very moment, or the database away: the next sweep looks again
                    LOG.warnf("escalation %s not aged out this sweep: %s", escalationId, e.getClass().getSimpleName());
                }
            }
            if (expired > 0) {
                LOG.infof("%d escalations passed their ageing period unanswered: recorded as NO_RESPONSE", expired);
            }
            // a full batch that another instance holds is its work: stop rather than spin on it
            if (expired == 0) {
                break;
            }
        } while (overdue.size() == batchSize && !Thread.currentThread().isInterrupted());
    }
}
