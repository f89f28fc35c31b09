package org.helpline.intake.tracking;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    @Inject InboundProcessing processing;
    @Inject Clock clock;

    @Incoming(CASES)
    @Blocking
    public void fromCases(ConsumerRecords<String, String> records) {
        processing.process("intake-service.case-progress", records, received -> {
            Object event = received.event();
            if (event instanceof ComplaintClassified c) {
                set(c.caseId(), Flag.IN_PROGRESS, true);
            } else if (event instanceof ServiceProvided s) {
                set(s.caseId(), Flag.IN_PROGRESS, true);
            } else if (event instanceof CaseClosed c) {
                set(c.caseId(), Flag.CLOSED, true);
            } else if (event instanceof CaseReopened r) {
                set(r.caseId(), Flag.CLOSED, false);
            } else if (event instanceof PersonalDataErased e) {
                set(e.caseId(), Flag.ERASED, true);
            }
        });
    }

    @Incoming(REFERRALS)
    @Blocking
    public void fromReferrals(ConsumerRecords<String, String> records) {
        processing.process("intake-service.referral-progress", records, received -> {
            if (received.event() instanceof ReferredToFIA fia) {
                set(fia.caseId(), Flag.REFERRED, true);
            } else if (received.event() instanceof ReferralMade made) {
                set(made.caseId(), Flag.REFERRED, true);
            }
        });
    }

    /** The stage flags a case's tracking answer is made of. */
    private enum Flag {
        IN_PROGRESS,
        REFERRED,
        CLOSED,
        ERASED
    }

    /** One statement for every flag (its name is a value here): the flag gets its value, the others keep theirs. */
    private static final String SET_FLAG = """
            insert into case_progress (case_id, in_progress, referred, closed, erased, updated_at)
            values (?1, ?2 = 'IN_PROGRESS' and ?3, ?2 = 'REFERRED' and ?3, ?2 = 'CLOSED' and ?3,
                    ?2 = 'ERASED' and ?3, ?4)
            on conflict (case_id) do update set
                in_progress = case when ?2 = 'IN_PROGRESS' then ?3 else case_progress.in_progress end,
                referred = case when ?2 = 'REFERRED' then ?3 else case_progress.referred end,
                closed = case when ?2 = 'CLOSED' then ?3 else case_progress.closed end,
                erased = case when ?2 = 'ERASED' then ?3 else case_progress.erased end,
                updated_at = excluded.updated_at""";

    private void set(UUID caseId, Flag flag, boolean value) {
        Panache.getEntityManager().createNativeQuery(SET_FLAG)
                .setParameter(1, caseId)
                .setParameter(2, flag.name())
                .setParameter(3, value)
                .setParameter(4, clock.instant())
                .executeUpdate();
    }
}
