package org.helpline.intake.tracking;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.helpline.contracts.cases.CaseClosed;
import org.helpline.contracts.cases.CaseReopened;
import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.cases.PersonalDataErased;
import org.helpline.contracts.cases.ServiceProvided;
import org.helpline.contracts.referrals.ReferralMade;
import org.helpline.contracts.referrals.ReferredToFIA;
import org.helpline.platform.inbox.InboundProcessing;

import io.quarkus.hibernate.orm.panache.Panache;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Follows each case far enough to tell its complainant where it stands: worked on (classified or a
 * service given), referred, closed (reopening clears it), erased. Events of one case arrive in order per
 * topic (key = case id); the flags do not depend on the order between the two topics.
 */
@ApplicationScoped
public class CaseProgress {

    static final String CASES = "case-progress";
    static final String REFERRALS = "referral-progress";

    private final InboundProcessing processing;
    private final Clock clock;

    public CaseProgress(InboundProcessing processing, Clock clock) {
        this.processing = processing;
        this.clock = clock;
    }

    @Incoming(CASES)
    @Blocking
    public void fromCases(ConsumerRecords<String, String> records) {
        processing.process("intake-service.case-progress", records, received -> {
            Object event = received.event();
            if (event instanceof ComplaintClassified c) {
                set(c.caseId(), "in_progress", true);
            } else if (event instanceof ServiceProvided s) {
                set(s.caseId(), "in_progress", true);
            } else if (event instanceof CaseClosed c) {
                set(c.caseId(), "closed", true);
            } else if (event instanceof CaseReopened r) {
                set(r.caseId(), "closed", false);
            } else if (event instanceof PersonalDataErased e) {
                set(e.caseId(), "erased", true);
            }
        });
    }

    @Incoming(REFERRALS)
    @Blocking
    public void fromReferrals(ConsumerRecords<String, String> records) {
        processing.process("intake-service.referral-progress", records, received -> {
            if (received.event() instanceof ReferredToFIA fia) {
                set(fia.caseId(), "referred", true);
            } else if (received.event() instanceof ReferralMade made) {
                set(made.caseId(), "referred", true);
            }
        });
    }

    private void set(UUID caseId, String flag, boolean value) {
        // flag names come from this class only, never from an event or a request
        Panache.getEntityManager().createNativeQuery("insert into case_progress (case_id, " + flag + ", updated_at) "
                + "values (?1, ?2, ?3) on conflict (case_id) do update set " + flag + " = excluded." + flag
                + ", updated_at = excluded.updated_at")
                .setParameter(1, caseId).setParameter(2, value).setParameter(3, clock.instant()).executeUpdate();
    }
}
