package org.skills4cities.toolkit.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skills4cities.toolkit.account.Accounts.NotFound;
import org.skills4cities.toolkit.account.OneTimeLinks.Link;
import org.skills4cities.toolkit.account.OneTimeLinks.Purpose;
import org.skills4cities.toolkit.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and their members. Every method takes the acting account and checks, on the object itself, that it
 * may do this: platform admins everywhere; within an organisation, its training-provider admins or HR managers
 * manage members and any member sees the member list; nobody sees another organisation's people. An organisation
 * the caller may not see answers as if it did not exist.
 */
@Service
public class Organisations {

    /** A member as the organisation's managers see them. */
    public record Member(UUID accountId, String email, String displayName, Role role) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Accounts accounts;
    private final OneTimeLinks links;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Organisations(
            JdbcClient jdbc,
            Clock clock,
            Accounts accounts,
            OneTimeLinks links,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.links = links;
        this.audit = audit;
    }

    /** Creates an organisation; platform admins only. */
    @Transactional
    public Organisation create(Account actor, String name, OrganisationKind kind) {
        requirePlatformAdmin(actor);
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInput("name", "blank");
        }
        if (stripped.length() > 200) {
            throw new InvalidInput("name", "tooLong");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO organisation (id, name, kind, created_at) VALUES (?, ?, ?, ?)")
                    .params(id, stripped, kind.name(), Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "taken");
        }
        audit.record(actor.id(), actor.email(), "organisation.created", "organisation " + id, id, stripped);
        return find(id).orElseThrow();
    }

    /** The organisations the actor may see: all for platform admins, else their own. */
    public List<Organisation> visibleTo(Account actor) {
        if (actor.platformAdmin()) {
            return jdbc.sql("SELECT * FROM organisation ORDER BY name")
                    .query(Organisations::organisation)
                    .list();
        }
        return jdbc.sql("""
                        SELECT DISTINCT o.* FROM organisation o JOIN membership m ON m.organisation_id = o.id
                        WHERE m.account_id = ? ORDER BY o.name
                        """)
                .param(actor.id())
                .query(Organisations::organisation)
                .list();
    }

    /**
     * The organisations of one kind, by name, for anyone: a candidate chooses the certification body of a validation
     * case among them. Only names and kinds, never members.
     */
    public List<Organisation> ofKind(OrganisationKind kind) {
        return jdbc.sql("SELECT * FROM organisation WHERE kind = ? ORDER BY name")
                .param(kind.name())
                .query(Organisations::organisation)
                .list();
    }

    /** One organisation, if the actor may see it. */
    public Organisation get(Account actor, UUID id) {
        Organisation organisation = find(id).orElseThrow(() -> new NotFound("organisation", id.toString()));
        if (!actor.platformAdmin() && !isMember(actor.id(), id)) {
            throw new NotFound("organisation", id.toString());
        }
        return organisation;
    }

    public List<Member> members(Account actor, UUID organisationId) {
        get(actor, organisationId);
        return jdbc.sql("""
                        SELECT a.id, a.email, a.display_name, m.role
                        FROM membership m JOIN account a ON a.id = m.account_id
                        WHERE m.organisation_id = ? ORDER BY a.display_name, m.role
                        """)
                .param(organisationId)
                .query((rs, n) -> new Member(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        Role.ofCode(rs.getString("role")).orElseThrow()))
                .list();
    }

    /** Whether the actor may invite and remove the organisation's members. */
    public boolean managesMembers(Account actor, UUID organisationId) {
        return actor.platformAdmin()
                || accounts.memberships(actor.id()).stream()
                        .anyMatch(m -> m.organisationId().equals(organisationId)
                                && m.role().managesMembers());
    }

    /**
     * Whether the actor may see the team view of the organisation (what its members share of their assessments): a
     * city administration's HR managers, and platform admins.
     */
    public boolean seesTeam(Account actor, UUID organisationId) {
        boolean city = find(organisationId)
                .filter(o -> o.kind() == OrganisationKind.CITY_ADMINISTRATION)
                .isPresent();
        return city
                && (actor.platformAdmin()
                        || accounts.memberships(actor.id()).stream()
                                .anyMatch(
                                        m -> m.organisationId().equals(organisationId) && m.role() == Role.HR_MANAGER));
    }

    /** Invites a person by email to hold a role in the organisation; the link goes by mail. */
    @Transactional
    public void invite(Account actor, UUID organisationId, String email, Role role) {
        Organisation organisation = get(actor, organisationId);
        requireManager(actor, organisationId);
        if (!organisation.kind().roles().contains(role)) {
            throw new InvalidInput("role", "notInKind");
        }
        String address = Accounts.checkedEmail(email);
        String token = links.create(new Link(Purpose.INVITE, null, address, organisationId, role.code(), actor.id()));
        Account existing = accounts.findByEmail(address).orElse(null);
        accounts.send(
                address,
                existing != null ? existing.language() : actor.language(),
                "mail.invite",
                actor.displayName(),
                organisation.name(),
                new DefaultMessageSourceResolvable("role." + role.code()),
                accounts.baseUrl() + "/invitations/" + token);
        audit.record(actor.id(), actor.email(), "member.invited", address, organisationId, role.code());
    }

    /** The organisation and role an invitation offers, if it is still good. */
    public Optional<Invitation> invitation(String token) {
        return links.peek(Purpose.INVITE, token)
                .flatMap(link -> find(link.organisationId())
                        .map(o -> new Invitation(o, Role.ofCode(link.role()).orElseThrow(), link.email())));
    }

    /** What an invitation offers, and to which email. */
    public record Invitation(Organisation organisation, Role role, String email) {}

    /** Accepts an invitation as the account it was sent to. */
    @Transactional
    public boolean accept(Account actor, String token) {
        Optional<Link> link = links.peek(Purpose.INVITE, token);
        if (link.isEmpty() || !actor.email().equals(link.get().email())) {
            return false;
        }
        if (links.use(Purpose.INVITE, token).isEmpty()) {
            return false;
        }
        addMember(
                link.get().organisationId(),
                actor.id(),
                Role.ofCode(link.get().role()).orElseThrow());
        audit.record(
                actor.id(),
                actor.email(),
                "member.joined",
                "account " + actor.id(),
                link.get().organisationId(),
                link.get().role());
        return true;
    }

    /** Takes a role away from a member. */
    @Transactional
    public void remove(Account actor, UUID organisationId, UUID accountId, Role role) {
        get(actor, organisationId);
        requireManager(actor, organisationId);
        int removed = jdbc.sql("DELETE FROM membership WHERE organisation_id = ? AND account_id = ? AND role = ?")
                .params(organisationId, accountId, role.code())
                .update();
        if (removed == 0) {
            throw new NotFound("member", accountId.toString());
        }
        audit.record(actor.id(), actor.email(), "member.removed", "account " + accountId, organisationId, role.code());
    }

    /** Gives a role directly (platform admins setting up an organisation). */
    @Transactional
    public void grant(Account actor, UUID organisationId, UUID accountId, Role role) {
        Organisation organisation = get(actor, organisationId);
        requirePlatformAdmin(actor);
        if (!organisation.kind().roles().contains(role)) {
            throw new InvalidInput("role", "notInKind");
        }
        accounts.find(accountId).orElseThrow(() -> new NotFound("account", accountId.toString()));
        addMember(organisationId, accountId, role);
        audit.record(actor.id(), actor.email(), "member.granted", "account " + accountId, organisationId, role.code());
    }

    private void addMember(UUID organisationId, UUID accountId, Role role) {
        boolean present = jdbc.sql("""
                        SELECT COUNT(*) FROM membership WHERE organisation_id = ? AND account_id = ? AND role = ?
                        """)
                        .params(organisationId, accountId, role.code())
                        .query(Integer.class)
                        .single()
                > 0;
        if (!present) {
            jdbc.sql("INSERT INTO membership (account_id, organisation_id, role, granted_at) VALUES (?, ?, ?, ?)")
                    .params(accountId, organisationId, role.code(), Timestamp.from(clock.instant()))
                    .update();
            // a sign-in that never asked for the second factor this role needs must not carry the role: sign in again
            accounts.find(accountId)
                    .filter(a -> role.requiresSecondFactor() && !a.totpEnabled())
                    .ifPresent(a -> events.publishEvent(new SessionsToEnd(a.email(), null)));
        }
    }

    private Optional<Organisation> find(UUID id) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = ?")
                .param(id)
                .query(Organisations::organisation)
                .optional();
    }

    private boolean isMember(UUID accountId, UUID organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM membership WHERE account_id = ? AND organisation_id = ?")
                        .params(accountId, organisationId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private void requireManager(Account actor, UUID organisationId) {
        if (!managesMembers(actor, organisationId)) {
            throw new Forbidden();
        }
    }

    private static void requirePlatformAdmin(Account actor) {
        if (!actor.platformAdmin()) {
            throw new Forbidden();
        }
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("created_at").toInstant());
    }

    /** The actor may see the object but not do this to it. */
    public static class Forbidden extends RuntimeException {

        public Forbidden() {
            super("Not allowed");
        }
    }
}
