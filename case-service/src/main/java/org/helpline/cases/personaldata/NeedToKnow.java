package org.helpline.cases.personaldata;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpline.cases.caseflow.CaseHandling;
import org.helpline.contracts.identity.Roles;
import org.helpline.platform.identity.Actor;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;

/**
 * Personal data is read by the one person the case is assigned to, or by a supervisor: a role alone
 * (every associate, every lawyer) is not enough.
 */
@ApplicationScoped
public class NeedToKnow {

    @Inject
    CaseHandling cases;
    @Inject
    Actor actor;

    void checkReader(UUID caseId) {
        if (actor.is(Roles.SUPERVISOR)) {
            return;
        }
        String assignee;
        try {
            assignee = cases.read(caseId).state().assignee();
        } catch (ProblemException unknownCase) {
            assignee = null; // data that came before its case: nobody is assigned yet
        }
        if (assignee == null || !assignee.equals(actor.name())) {
            throw new ProblemException(Problem.of(403, "Forbidden", "Only the person the case is assigned to, and "
                    + "supervisors, read its personal data."));
        }
    }
}
