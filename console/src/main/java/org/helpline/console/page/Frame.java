package org.helpline.console.page;

import java.util.Set;

import org.helpline.console.language.Language;
import org.helpline.contracts.identity.Roles;

/**
 * What every page's frame needs: the language (and its direction), who is signed in and which of the
 * console's sections their roles open, and the path the language switch comes back to.
 */
public record Frame(Language language, String username, Set<String> roles, String path) {

    public boolean worksCases() {
        return roles.contains(Roles.ASSOCIATE) || roles.contains(Roles.LEGAL) || roles.contains(Roles.SUPERVISOR);
    }

    /** Takes calls and records contacts. */
    public boolean takesCalls() {
        return roles.contains(Roles.ASSOCIATE) || roles.contains(Roles.SUPERVISOR);
    }

    /** Classifies cases (case-service lets associates and supervisors). */
    public boolean classifies() {
        return takesCalls();
    }

    /** Assigns cases, erases personal data, manages staff. */
    public boolean supervises() {
        return roles.contains(Roles.SUPERVISOR);
    }

    public boolean escalates() {
        return roles.contains(Roles.DIGITAL_SECURITY) || roles.contains(Roles.SUPERVISOR);
    }

    public boolean readsReports() {
        return roles.contains(Roles.ANALYST) || roles.contains(Roles.SUPERVISOR);
    }

    /** The same frame, its language switch leading to {@code otherPath} (a form's page, with what it needs). */
    public Frame at(String otherPath) {
        return new Frame(language, username, roles, otherPath);
    }

    /** The switch's link: this page in the other language. */
    public String switchLink() {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language.other().tag();
    }
}
