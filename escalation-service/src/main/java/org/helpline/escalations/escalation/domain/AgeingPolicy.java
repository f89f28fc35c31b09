package org.helpline.escalations.escalation.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.helpline.contracts.vocabulary.Platform;

/**
 * How long a platform may take to answer before an escalation counts as NO_RESPONSE: one default
 * (14 days) and exceptions per platform, written {@code "X=30d,TIKTOK=7d"} (units s, m, h, d).
 */
public final class AgeingPolicy {

    private final Duration standard;
    private final Map<Platform, Duration> exceptions;

    private AgeingPolicy(Duration standard, Map<Platform, Duration> exceptions) {
        this.standard = standard;
        this.exceptions = exceptions;
    }

    public static AgeingPolicy parse(String standard, String perPlatform) {
        Map<Platform, Duration> exceptions = new EnumMap<>(Platform.class);
        if (perPlatform != null && !perPlatform.isBlank()) {
            for (String entry : perPlatform.split(",")) {
                String[] parts = entry.trim().split("=");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("ageing exception '" + entry + "' is not PLATFORM=duration");
                }
                exceptions.put(Platform.valueOf(parts[0].trim()), duration(parts[1].trim()));
            }
        }
        return new AgeingPolicy(duration(standard), exceptions);
    }

    public Duration periodFor(Platform platform) {
        return exceptions.getOrDefault(platform, standard);
    }

    static Duration duration(String text) {
        if (text.startsWith("P") || text.startsWith("p")) {
            return Duration.parse(text);
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("'" + text + "' is not a duration like 14d, 12h or 30s");
        };
    }
}
