package org.helpline.cases.staff;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.helpline.cases.CaseSettings;
import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.identity.Roles;
import org.helpline.contracts.staff.StaffAccountCreated;
import org.helpline.contracts.staff.StaffAccountDisabled;
import org.helpline.contracts.staff.StaffAccountEnabled;
import org.helpline.contracts.staff.StaffRolesChanged;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;

/**
 * Staff accounts live in Keycloak; every change a supervisor makes through the helpline is also an event
 * on the account's stream (and on {@code helpline.staff}), with the supervisor as its actor. The event is
 * appended (and flushed) first, then Keycloak is changed, then the transaction commits: if Keycloak refuses,
 * the event is rolled back with it. Only a commit that fails after Keycloak said yes (the database gone at
 * that instant) leaves a change without its event; that is logged as an error.
 */
@ApplicationScoped
public class StaffAccounts {

    /** Roles a supervisor may give; service-account roles (phone-system, case-handoff) are not for people. */
    public static final Set<String> STAFF_ROLES = Set.of(Roles.ASSOCIATE, Roles.LEGAL, Roles.DIGITAL_SECURITY,
            Roles.ANALYST, Roles.SUPERVISOR);
    /** Roles whose holders work on cases and may be given one (an analyst reads figures, not cases). */
    public static final Set<String> CASE_ROLES = Set.of(Roles.ASSOCIATE, Roles.LEGAL, Roles.DIGITAL_SECURITY,
            Roles.SUPERVISOR);
    static final String STREAM_TYPE = "staff";

    private static final Logger LOG = Logger.getLogger(StaffAccounts.class);

    @Inject
    Keycloak keycloak;
    @Inject
    CaseSettings settings;
    @Inject
    EventStore store;
    @Inject
    Clock clock;
    @Inject
    TransactionSynchronizationRegistry transactions;

    public record Account(String username, boolean enabled, List<String> roles) {
    }

    public record NewAccount(String username, String firstName, String lastName, String email, List<String> roles,
            String temporaryPassword) {
    }

    public List<Account> list(int first, int max) {
        // Keycloak's user listing includes service accounts; they are left out (a page may come back shorter)
        return call(() -> realm().users().list(first, max).stream().filter(StaffAccounts::isPerson)
                .map(u -> account(u, realm().users().get(u.getId()))).toList());
    }

    public Account get(String username) {
        return call(() -> {
            UserRepresentation user = find(username);
            return account(user, realm().users().get(user.getId()));
        });
    }

    /**
     * The account a case may be given to, as Keycloak spells its username: an enabled person's account holding a
     * case role. Anything else is 422 (the name is not repeated: it may be anything a caller typed).
     */
    public String assignable(String username) {
        return call(() -> realm().users().search(username, true).stream()
                .filter(StaffAccounts::isPerson)
                .filter(user -> Boolean.TRUE.equals(user.isEnabled()))
                .filter(user -> staffRolesOf(realm().users().get(user.getId())).stream().anyMatch(CASE_ROLES::contains))
                .map(UserRepresentation::getUsername).findFirst())
                .orElseThrow(() -> new ProblemException(Problem.of(422, "Unprocessable Content",
                        "A case can be given only to an enabled staff account that works on cases.")
                        .withErrors(List.of(new Problem.FieldError("assignee", "is not an enabled staff account "
                                + "with a case role", CASE_ROLES.stream().sorted().toList())))));
    }

    @Transactional
    public Account create(NewAccount request, String actor) {
        List<String> roles = staffRoles(request.roles());
        if (request.username().startsWith("service-account-")) {
            throw new ProblemException(Problem.of(400, "Bad Request", "Usernames starting with service-account- are "
                    + "Keycloak's own.").withErrors(List.of(new Problem.FieldError("username", "is reserved"))));
        }
        return call(() -> {
            record(request.username(), new StaffAccountCreated(request.username(), roles, clock.instant()), actor);
            UserRepresentation user = new UserRepresentation();
            user.setUsername(request.username());
            user.setFirstName(request.firstName());
            user.setLastName(request.lastName());
            user.setEmail(request.email());
            user.setEmailVerified(true);
            user.setEnabled(true);
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(request.temporaryPassword());
            password.setTemporary(true); // changed at the first sign-in: the supervisor does not keep it
            user.setCredentials(List.of(password));
            String id;
            try (Response created = realm().users().create(user)) {
                if (created.getStatus() == 409) {
                    throw new ProblemException(Problem.of(409, "Conflict",
                            "A staff account with this username or e-mail exists already."));
                }
                if (created.getStatus() == 400) {
                    throw new ProblemException(Problem.of(400, "Bad Request", "The identity server refused the "
                            + "account (its password policy, or the e-mail)."));
                }
                if (created.getStatus() != 201) {
                    throw new WebApplicationException(created.getStatus());
                }
                id = idOf(created.getLocation());
            }
            try {
                realm().users().get(id).roles().realmLevel().add(representations(roles));
            } catch (RuntimeException rolesRefused) {
                realm().users().get(id).remove(); // no account without its roles, and no event for it
                throw rolesRefused;
            }
            afterCommitFailure("created " + request.username());
            return new Account(request.username(), true, roles);
        });
    }

    @Transactional
    public Account changeRoles(String username, List<String> requested, String actor) {
        List<String> roles = staffRoles(requested);
        return call(() -> {
            UserRepresentation user = find(username);
            UserResource resource = realm().users().get(user.getId());
            List<String> previous = staffRolesOf(resource);
            if (previous.equals(roles)) {
                return account(user, resource);
            }
            if (user.getUsername().equalsIgnoreCase(actor) && !roles.contains(Roles.SUPERVISOR)) {
                throw new ProblemException(Problem.of(409, "Conflict",
                        "A supervisor cannot take the supervisor role from herself; ask another supervisor."));
            }
            record(user.getUsername(), new StaffRolesChanged(user.getUsername(), previous, roles, clock.instant()),
                    actor);
            List<String> removed = previous.stream().filter(r -> !roles.contains(r)).toList();
            List<String> added = roles.stream().filter(r -> !previous.contains(r)).toList();
            if (!removed.isEmpty()) {
                resource.roles().realmLevel().remove(representations(removed));
            }
            if (!added.isEmpty()) {
                resource.roles().realmLevel().add(representations(added));
            }
            afterCommitFailure("roles of " + user.getUsername());
            return new Account(user.getUsername(), Boolean.TRUE.equals(user.isEnabled()), roles);
        });
    }

    @Transactional
    public Account changeStatus(String username, boolean enabled, String actor) {
        return call(() -> {
            UserRepresentation user = find(username);
            UserResource resource = realm().users().get(user.getId());
            if (Boolean.TRUE.equals(user.isEnabled()) == enabled) {
                return account(user, resource);
            }
            if (!enabled && user.getUsername().equalsIgnoreCase(actor)) {
                throw new ProblemException(Problem.of(409, "Conflict", "A supervisor cannot disable their own account."));
            }
            String name = user.getUsername();
            record(name, enabled ? new StaffAccountEnabled(name, clock.instant())
                    : new StaffAccountDisabled(name, clock.instant()), actor);
            UserRepresentation change = new UserRepresentation(); // only this field: nothing else is overwritten
            change.setEnabled(enabled);
            resource.update(change);
            if (!enabled) {
                resource.logout(); // ends its sessions; an access token already issued lives out its five minutes
            }
            afterCommitFailure((enabled ? "enabled " : "disabled ") + name);
            return new Account(name, enabled, staffRolesOf(resource));
        });
    }

    private void record(String username, IntegrationEvent event, String actor) {
        String stream = "staff:" + username.toLowerCase(java.util.Locale.ROOT);
        store.append(STREAM_TYPE, stream, store.currentVersion(stream), List.of(NewEvent.of(event)),
                EventMetadata.newFlow(actor));
        LOG.infof("staff account %s: %s by %s", username, event.getClass().getSimpleName(), actor);
    }

    /** Keycloak has changed; if the commit of its event fails now, an operator must know. */
    private void afterCommitFailure(String change) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    LOG.errorf("staff account change (%s) made in Keycloak but its event was not recorded", change);
                }
            }
        });
    }

    private RealmResource realm() {
        return keycloak.realm(settings.staff().realm());
    }

    private UserRepresentation find(String username) {
        return realm().users().search(username, true).stream().findFirst()
                .filter(StaffAccounts::isPerson)
                .orElseThrow(() -> ProblemException.notFound("No staff account named " + username + "."));
    }

    /** Service accounts are users in Keycloak (named service-account-CLIENT, a name staff cannot be given). */
    private static boolean isPerson(UserRepresentation user) {
        return user.getServiceAccountClientId() == null && !user.getUsername().startsWith("service-account-");
    }

    private Account account(UserRepresentation user, UserResource resource) {
        return new Account(user.getUsername(), Boolean.TRUE.equals(user.isEnabled()), staffRolesOf(resource));
    }

    private static List<String> staffRolesOf(UserResource resource) {
        Set<String> roles = new TreeSet<>();
        resource.roles().realmLevel().listAll().forEach(r -> roles.add(r.getName()));
        roles.retainAll(STAFF_ROLES);
        return List.copyOf(roles);
    }

    private List<RoleRepresentation> representations(List<String> roles) {
        return roles.stream().map(r -> realm().roles().get(r).toRepresentation()).toList();
    }

    /** The roles asked for, checked and in a stable order; an unknown or service role → 400. */
    static List<String> staffRoles(List<String> requested) {
        List<String> unknown = requested.stream().filter(r -> !STAFF_ROLES.contains(r)).toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Bad Request", "Not a staff role.")
                    .withErrors(List.of(new Problem.FieldError("roles", "must be staff roles",
                            STAFF_ROLES.stream().sorted().toList()))));
        }
        return List.copyOf(new TreeSet<>(requested));
    }

    private static String idOf(URI location) {
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Keycloak unreachable or answering an error is the helpline's 502, never a stack trace. */
    private static <T> T call(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException e) {
            throw e;
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException e) {
            LOG.warnf("Keycloak's admin API failed: %s", e.getMessage());
            throw new ProblemException(Problem.of(502, "Bad Gateway",
                    "The identity server did not accept the change; nothing was recorded. Try again shortly."));
        }
    }
}
