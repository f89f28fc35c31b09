package org.helpline.console.referral;

import java.util.List;

import org.jboss.resteasy.reactive.ClientWebApplicationException;

/** The two directories referral-service keeps, by the path it keeps them under. */
public enum DirectoryKind {
    LAWYERS("lawyers"),
    COUNSELLORS("counsellors");

    private final String path;

    DirectoryKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** Both, for the page's tabs. */
    public List<DirectoryKind> all() {
        return List.of(values());
    }

    public static DirectoryKind ofPath(String path) {
        for (DirectoryKind kind : values()) {
            if (kind.path.equals(path)) {
                return kind;
            }
        }
        return null;
    }

    /** The entries nearest first from {@code city}; all of them, by name, when the city is not known or not given. */
    List<DirectoryEntry> entriesNearest(ReferralService referrals, String city) {
        if (city != null && !city.isBlank()) {
            try {
                return referrals.directory(path, city.trim());
            } catch (ClientWebApplicationException unknownCity) {
                if (unknownCity.getResponse().getStatus() != 404) {
                    throw unknownCity;
                }
            }
        }
        return referrals.directory(path, null);
    }
}
