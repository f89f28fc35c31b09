package org.helpline.escalations.suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.escalations.channel.PlatformChannels;
import org.helpline.escalations.escalation.domain.EscalationSuggestion;

/**
 * Open cases whose latest classification calls for an escalation they have not had yet, with the
 * platforms to escalate to; platforms whose channel is suspended are left out (sending would be refused).
 */
@ApplicationScoped
public class EscalationSuggestions {

    public record Suggested(UUID caseId, Instant classifiedAt, List<EscalationSuggestion> escalations) {
    }

    @Inject
    CaseClassifications classifications;
    @Inject
    PlatformChannels channels;

    @Transactional
    public List<Suggested> list(int limit) {
        List<Suggested> suggested = new ArrayList<>();
        var suspended = channels.all().stream().filter(c -> c.status() == ChannelStatus.SUSPENDED)
                .map(PlatformChannels.Channel::platform).toList();
        // a few more candidates than asked: some may only name platforms whose channel is suspended
        for (CaseClassifications.Classified candidate : classifications.openWithoutEscalation(limit * 2)) {
            List<EscalationSuggestion> escalations = EscalationSuggestion
                    .forClassification(candidate.complaintTypes(), candidate.platforms()).stream()
                    .filter(s -> !suspended.contains(s.platform())).toList();
            if (!escalations.isEmpty()) {
                suggested.add(new Suggested(candidate.caseId(), candidate.classifiedAt(), escalations));
                if (suggested.size() == limit) {
                    break;
                }
            }
        }
        return suggested;
    }
}
