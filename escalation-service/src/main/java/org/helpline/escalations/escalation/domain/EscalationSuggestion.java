package org.helpline.escalations.escalation.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;

/**
 * Which classified complaints call for an escalation, and to whom: content a platform can take down
 * (intimate images, impersonation, fake profiles, defamation, hate speech) or an account it can give
 * back (hacking), on a platform the helpline has a trusted-partner channel with.
 */
public record EscalationSuggestion(Platform platform, EscalationReason reason) {

    static final Set<Platform> WITH_PARTNER_CHANNEL = EnumSet.of(Platform.FACEBOOK, Platform.INSTAGRAM,
            Platform.WHATSAPP, Platform.TIKTOK, Platform.X, Platform.YOUTUBE, Platform.SNAPCHAT, Platform.TELEGRAM,
            Platform.LINKEDIN);

    /** In order of precedence: the first matching type gives the reason. */
    private static final Map<ComplaintType, EscalationReason> REASONS = Map.ofEntries(
            Map.entry(ComplaintType.NCII, EscalationReason.NCII),
            Map.entry(ComplaintType.NCEDITS, EscalationReason.NCII),
            Map.entry(ComplaintType.NCUI, EscalationReason.NCUI),
            Map.entry(ComplaintType.IMPERSONATION, EscalationReason.IMPERSONATION),
            Map.entry(ComplaintType.FAKE_PROFILE, EscalationReason.FAKE_PROFILE),
            Map.entry(ComplaintType.HACKING, EscalationReason.HACKED_ACCOUNT),
            Map.entry(ComplaintType.DEFAMATION, EscalationReason.DEFAMATION),
            Map.entry(ComplaintType.HATE_SPEECH, EscalationReason.HATE_SPEECH));
    private static final List<ComplaintType> PRECEDENCE = List.of(ComplaintType.NCII, ComplaintType.NCEDITS,
            ComplaintType.NCUI, ComplaintType.IMPERSONATION, ComplaintType.FAKE_PROFILE, ComplaintType.HACKING,
            ComplaintType.DEFAMATION, ComplaintType.HATE_SPEECH);

    public static List<EscalationSuggestion> forClassification(List<ComplaintType> types, List<Platform> platforms) {
        EscalationReason reason = PRECEDENCE.stream().filter(types::contains).findFirst().map(REASONS::get)
                .orElse(null);
        if (reason == null) {
            return List.of();
        }
        List<EscalationSuggestion> suggestions = new ArrayList<>();
        for (Platform platform : platforms) {
            if (WITH_PARTNER_CHANNEL.contains(platform)) {
                suggestions.add(new EscalationSuggestion(platform, reason));
            }
        }
        return suggestions;
    }
}
