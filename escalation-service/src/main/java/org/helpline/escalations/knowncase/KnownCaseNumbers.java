package org.helpline.escalations.knowncase;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.Transactional;

import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.platform.knowncases.KnownCases;

/**
 * Platform's known cases, keeping each case's number as well (column {@code known_case.case_number}, added by this
 * service's migration V102): digital-security officers cannot read case-service, so the listings and suggestions
 * name a case by the number intake gave it. Selected instead of {@link KnownCases} wherever that is injected
 * (platform's {@code KnownCasesConsumer} too); a case learnt before V102 gets its number when its CaseOpened comes
 * again (a replay of the topic), and keeps a null number until then.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class KnownCaseNumbers extends KnownCases {

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(CaseOpened opened) {
        batch.add(opened.caseId(), """
                insert into known_case (case_id, opened_at, case_number) values (?1, ?2, ?3)
                on conflict (case_id) do update set case_number = coalesce(known_case.case_number, excluded.case_number)""",
                opened.caseId(), opened.openedAt(), opened.caseNumber());
    }
}
