package org.helpline.platform.knowncases;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.sql.NativeRow;
import org.helpline.platform.sql.StatementBatch;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The case ids a service has learnt of from CaseOpened, for services that act on cases they do not
 * own (escalations, referrals). Needs the {@code db/known-cases} migration location.
 */
@ApplicationScoped
public class KnownCases {

    /** The consumer's poll's batch, for a service's own {@link #learn} too. */
    @Inject
    protected StatementBatch batch;

    /** In the transaction's batch: known once it is flushed (by the consumer's poll, before it commits). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(CaseOpened opened) {
        batch.add(opened.caseId(), "insert into known_case (case_id, opened_at) values (?1, ?2) on conflict do nothing",
                opened.caseId(), opened.openedAt());
    }

    public boolean contains(UUID caseId) {
        return NativeRow.first(Panache.getEntityManager()
                .createNativeQuery("select 1 from known_case where case_id = ?1")
                .setParameter(1, caseId)).isPresent();
    }

    /** @throws ProblemException 404 when the case was never opened (or its opening has not arrived yet) */
    public void require(UUID caseId) {
        if (!contains(caseId)) {
            throw ProblemException.notFound("Case " + caseId + " is not known (yet): cases appear here shortly after "
                    + "intake opens them.");
        }
    }
}
