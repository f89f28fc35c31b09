package org.helpline.intake.personaldata;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import org.helpline.intake.IntakeSettings;
import org.helpline.platform.privacy.Envelope;
import org.helpline.platform.privacy.HandoffKey;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * case-service's current handoff key, which intake seals personal data to: asked for on a schedule (it changes
 * at each of case-service's key rotations) and kept in intake's database, so a restart while case-service is
 * away still seals. Only the public half ever reaches intake.
 */
@ApplicationScoped
public class HandoffRecipient {

    private static final Logger LOG = Logger.getLogger(HandoffRecipient.class);

    @Inject @RestClient CaseServiceClient caseService;
    @Inject Clock clock;

    @Inject IntakeSettings settings;

    private volatile Envelope.Recipient current;
    private Instant lastAsked = Instant.MIN;
    private boolean warned;

    void rememberTheLastKey(@Observes StartupEvent started) {
        List<NativeRow> rows = QuarkusTransaction.requiringNew().call(() -> NativeRow.all(Panache.getEntityManager()
                .createNativeQuery("select key_id, public_key from handoff_recipient_key order by learned_at desc limit 1")));
        if (!rows.isEmpty()) {
            current = new Envelope.Recipient(rows.get(0).text(0), rows.get(0).bytes(1));
        }
    }

    /** Every second while no key is known (a first start beside case-service and Keycloak), else every refresh. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void askCaseServiceWhenDue() {
        Instant now = clock.instant();
        if (current != null && now.isBefore(lastAsked.plus(settings.personalData().handoffKeyRefresh()))) {
            return;
        }
        lastAsked = now;
        HandoffKey key;
        try {
            key = caseService.handoffKey();
        } catch (RuntimeException e) {
            if (current == null && !warned) {
                warned = true;
                LOG.warnf("case-service has not named its handoff key yet (%s): contacts with personal data are "
                        + "refused with 503 until it does", e.getClass().getSimpleName());
            }
            return;
        }
        if (current != null && current.keyId().equals(key.keyId())) {
            return;
        }
        Envelope.Recipient learnt = new Envelope.Recipient(key.keyId(), Base64.getDecoder().decode(key.publicKey()));
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("delete from handoff_recipient_key").executeUpdate();
            em.createNativeQuery("insert into handoff_recipient_key (key_id, public_key, learned_at) values (?1, ?2, ?3)")
                    .setParameter(1, learnt.keyId()).setParameter(2, learnt.publicKey())
                    .setParameter(3, clock.instant()).executeUpdate();
        });
        current = learnt;
        LOG.infof("personal data is now sealed to case-service's handoff key %s", learnt.keyId());
    }

    /** @throws ProblemException 503 until case-service has named a key */
    public Envelope.Recipient current() {
        Envelope.Recipient known = current;
        if (known == null) {
            throw new ProblemException(Problem.of(503, "Service Unavailable",
                    "Personal data cannot be taken yet: case-service has not named its handoff key."), 5L);
        }
        return known;
    }
}
