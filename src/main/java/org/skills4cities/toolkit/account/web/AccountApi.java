package org.skills4cities.toolkit.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.AccessToken;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.InvalidInput;
import org.skills4cities.toolkit.account.LoginOutcome;
import org.skills4cities.toolkit.account.Membership;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.PersonalData;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.audit.AuditEvent;
import org.skills4cities.toolkit.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts, tokens and organisations over the API. Tokens are made with email and password (and the second-factor
 * code when the account has one); everything else needs a token.
 */
@RestController
@Tag(name = "Accounts")
class AccountApi {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final Organisations organisations;
    private final PersonalData personalData;
    private final AuditLog audit;
    private final SignedInAccount signedIn;

    AccountApi(
            Accounts accounts,
            AccessTokens tokens,
            Organisations organisations,
            PersonalData personalData,
            AuditLog audit,
            SignedInAccount signedIn) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.organisations = organisations;
        this.personalData = personalData;
        this.audit = audit;
        this.signedIn = signedIn;
    }

    /** Email and password, the second-factor code if the account has one, and a name for the token. */
    record TokenRequest(
            @Nullable String email,
            @Nullable String password,
            @Nullable String code,
            @Nullable String name) {}

    /** A new token: {@code token} is shown this once. */
    record NewToken(UUID id, String name, String token, Instant expiresAt) {}

    @PostMapping("/api/v1/tokens")
    @Operation(summary = "Create a personal access token with email and password (and second-factor code)")
    ResponseEntity<NewToken> createToken(@RequestBody TokenRequest body, HttpServletRequest request) {
        String email = body.email() == null ? "" : body.email();
        String password = body.password() == null ? "" : body.password();
        if (email.isBlank()) {
            throw new InvalidInput("email", "blank");
        }
        LoginOutcome outcome = accounts.login(email, password, request.getRemoteAddr());
        if (!outcome.succeeded()) {
            throw new BadLogin();
        }
        Account account = outcome.account();
        boolean needsCode = account.totpEnabled() || accounts.requiresSecondFactor(account.id());
        if (needsCode && (body.code() == null || !accounts.verifySecondFactor(account.id(), body.code()))) {
            throw new BadLogin();
        }
        AccessTokens.Created created = tokens.create(account.id(), body.name() == null ? "API" : body.name());
        return ResponseEntity.created(
                        URI.create("/api/v1/tokens/" + created.token().id()))
                .body(new NewToken(
                        created.token().id(),
                        created.token().name(),
                        created.secret(),
                        created.token().expiresAt()));
    }

    @GetMapping("/api/v1/tokens")
    @Operation(summary = "The caller's tokens (never the secrets)")
    List<AccessToken> tokens(Principal principal) {
        return tokens.list(signedIn.of(principal).id());
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens")
    void revoke(@PathVariable UUID id, Principal principal) {
        if (!tokens.revoke(signedIn.of(principal).id(), id)) {
            throw new Accounts.NotFound("token", id.toString());
        }
    }

    /** The caller: account and roles. */
    record Me(Account account, Set<Role> roles, List<Membership> memberships) {}

    @GetMapping("/api/v1/me")
    @Operation(summary = "The caller's account, roles and memberships")
    Me me(Principal principal) {
        Account account = signedIn.of(principal);
        return new Me(account, accounts.roles(account), accounts.memberships(account.id()));
    }

    @GetMapping("/api/v1/me/data")
    @Operation(summary = "All personal data the platform holds about the caller")
    PersonalData.Export data(Principal principal) {
        return personalData.of(signedIn.of(principal).id());
    }

    @GetMapping("/api/v1/organisations")
    @Operation(summary = "The organisations the caller may see")
    List<Organisation> organisations(Principal principal) {
        return organisations.visibleTo(signedIn.of(principal));
    }

    /** A new organisation's name and kind. */
    record NewOrganisation(@Nullable String name, @Nullable String kind) {}

    @PostMapping("/api/v1/organisations")
    @Operation(summary = "Create an organisation (platform admins)")
    ResponseEntity<Organisation> createOrganisation(@RequestBody NewOrganisation body, Principal principal) {
        Organisation created = organisations.create(
                signedIn.of(principal),
                body.name() == null ? "" : body.name(),
                OrganisationKind.ofCode(body.kind() == null ? "" : body.kind())
                        .orElseThrow(() -> new InvalidInput("kind", "unknown")));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/organisations/{id}")
    @Operation(summary = "One organisation the caller may see")
    Organisation organisation(@PathVariable UUID id, Principal principal) {
        return organisations.get(signedIn.of(principal), id);
    }

    @GetMapping("/api/v1/organisations/{id}/members")
    @Operation(summary = "The members of an organisation the caller belongs to")
    List<Organisations.Member> members(@PathVariable UUID id, Principal principal) {
        return organisations.members(signedIn.of(principal), id);
    }

    /** Whom to invite, in which role. */
    record NewInvitation(@Nullable String email, @Nullable String role) {}

    @PostMapping("/api/v1/organisations/{id}/invitations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Invite a person to the organisation (its managers, platform admins)")
    void invite(@PathVariable UUID id, @RequestBody NewInvitation body, Principal principal) {
        organisations.invite(
                signedIn.of(principal),
                id,
                body.email() == null ? "" : body.email(),
                Role.ofCode(body.role() == null ? "" : body.role())
                        .orElseThrow(() -> new InvalidInput("role", "unknown")));
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "The latest audit events (platform admins)")
    List<AuditEvent> audit(@RequestParam(defaultValue = "100") int limit) {
        return audit.latest(Math.max(1, Math.min(limit, 1000)), null);
    }

    /** Email, password or second-factor code wrong, or the account locked for a while: the same answer for all. */
    static class BadLogin extends RuntimeException {

        BadLogin() {
            super("Login failed");
        }
    }
}
