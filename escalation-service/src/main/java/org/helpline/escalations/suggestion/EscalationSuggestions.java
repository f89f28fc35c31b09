package org.helpline.escalations.suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.channel.PlatformChannels;
import org.helpline.escalations.escalation.domain.EscalationSuggestion;

/**
 * Open cases whose latest classification calls for an escalation to a platform they have not been escalated to
 * yet, oldest classification first: what a digital-security officer needs of each case (its number and
 * classification, since officers do not read case-service) and the escalations it still calls for, each with its
 * platform's channel as it is now. A platform
 * whose channel is SUSPENDED stays in, with the channel's reason, so that the officer sees why it cannot be sent
 * yet (sending would be refused with 409).
 */
@ApplicationScoped
public class EscalationSuggestions {

    public record Suggested(UUID caseId, String caseNumber, Category category, List<ComplaintType> complaintTypes,
            List<Platform> platforms, Instant classifiedAt, List<SuggestedEscalation> escalations) {
    }

    /** One escalation called for, and whether its platform's channel takes it now (the reason as staff set it). */
    public record SuggestedEscalation(Platform platform, EscalationReason reason, ChannelStatus channelStatus,
            String channelReason) {
    }

    @Inject
    CaseClassifications classifications;
    @Inject
    PlatformChannels channels;

    @Transactional
    public List<Suggested> list(int limit) {
        Map<Platform, PlatformChannels.Channel> channelOf = new EnumMap<>(Platform.class);
        channels.all().forEach(channel -> channelOf.put(channel.platform(), channel));
        List<Suggested> suggested = new ArrayList<>();
        for (CaseClassifications.Classified candidate : classifications.openAwaitingEscalation(limit)) {
            List<SuggestedEscalation> escalations = EscalationSuggestion
                    .forClassification(candidate.complaintTypes(), candidate.platforms()).stream()
                    .filter(s -> !candidate.escalatedTo().contains(s.platform()))
                    .map(s -> {
                        PlatformChannels.Channel channel = channelOf.get(s.platform());
                        return new SuggestedEscalation(s.platform(), s.reason(), channel.status(), channel.reason());
                    }).toList();
            // never empty while the rules are those the row's suggestible flag was set by
            if (!escalations.isEmpty()) {
                suggested.add(new Suggested(candidate.caseId(), candidate.caseNumber(), candidate.category(),
                        candidate.complaintTypes(), candidate.platforms(), candidate.classifiedAt(), escalations));
            }
        }
        return suggested;
    }
}
