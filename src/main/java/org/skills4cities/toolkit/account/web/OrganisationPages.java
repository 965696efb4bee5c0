package org.skills4cities.toolkit.account.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.UUID;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.InvalidInput;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.mail.Outbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Organisation pages (members, invitations) and the platform admin's page (organisations, accounts, audit log,
 * outbox). Who may do what is checked by {@link Organisations} on each organisation.
 */
@Controller
class OrganisationPages {

    private final Organisations organisations;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Outbox outbox;
    private final SignedInAccount signedIn;
    private final Pages pages;

    OrganisationPages(
            Organisations organisations,
            Accounts accounts,
            AuditLog audit,
            Outbox outbox,
            SignedInAccount signedIn,
            Pages pages) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.audit = audit;
        this.outbox = outbox;
        this.signedIn = signedIn;
        this.pages = pages;
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable UUID id, Principal principal, HttpServletRequest request, Model model) {
        return show(signedIn.of(principal), id, request, model, null, null);
    }

    @PostMapping("/organisations/{id}/invitations")
    String invite(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String role,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Account actor = signedIn.of(principal);
        try {
            organisations.invite(
                    actor, id, email, Role.ofCode(role).orElseThrow(() -> new InvalidInput("role", "unknown")));
        } catch (InvalidInput e) {
            return show(actor, id, request, model, e.messageKey(), null);
        }
        return show(actor, id, request, model, null, "organisation.invited");
    }

    @PostMapping("/organisations/{id}/members/{account}/remove")
    String remove(
            @PathVariable UUID id,
            @PathVariable UUID account,
            @RequestParam(defaultValue = "") String role,
            Principal principal) {
        organisations.remove(
                signedIn.of(principal),
                id,
                account,
                Role.ofCode(role).orElseThrow(() -> new Accounts.NotFound("member", account.toString())));
        return "redirect:/organisations/" + id;
    }

    @GetMapping("/invitations/{token}")
    String invitation(@PathVariable String token, HttpServletRequest request, Model model) {
        var invitation = organisations.invitation(token);
        if (invitation.isEmpty()) {
            return RegistrationPages.message(
                    model, pages.of(request, "link.invalid.title"), "link.invalid.text", null, null);
        }
        model.addAttribute("page", pages.of(request, "invitation.title"));
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation.get());
        return "account/invitation";
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, Principal principal, HttpServletRequest request, Model model) {
        if (principal == null) {
            return "redirect:/login";
        }
        Account actor = signedIn.of(principal);
        var invitation = organisations.invitation(token);
        if (invitation.isEmpty() || !organisations.accept(actor, token)) {
            return RegistrationPages.message(
                    model, pages.of(request, "invitation.wrong.title"), "invitation.wrong.text", null, null);
        }
        return "redirect:/organisations/" + invitation.get().organisation().id();
    }

    @GetMapping("/admin")
    String admin(Principal principal, HttpServletRequest request, Model model) {
        return adminPage(signedIn.of(principal), request, model, null, null);
    }

    @PostMapping("/admin/organisations")
    String createOrganisation(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String kind,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Account actor = signedIn.of(principal);
        try {
            Organisation created = organisations.create(
                    actor, name, OrganisationKind.ofCode(kind).orElseThrow(() -> new InvalidInput("kind", "unknown")));
            return "redirect:/organisations/" + created.id();
        } catch (InvalidInput e) {
            return adminPage(actor, request, model, e.messageKey(), null);
        }
    }

    @PostMapping("/admin/accounts/{id}/{change:enable|disable}")
    String enable(@PathVariable UUID id, @PathVariable String change, Principal principal) {
        Account actor = signedIn.of(principal);
        if (!actor.id().equals(id)) {
            accounts.setEnabled(id, change.equals("enable"), actor);
        }
        return "redirect:/admin";
    }

    private String adminPage(Account actor, HttpServletRequest request, Model model, String problem, String notice) {
        model.addAttribute("page", pages.of(request, "admin.title"));
        model.addAttribute("organisations", organisations.visibleTo(actor));
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("events", audit.latest(200, null));
        model.addAttribute("outbox", outbox.messages(50));
        model.addAttribute("problem", problem);
        model.addAttribute("notice", notice);
        return "admin/admin";
    }

    private String show(
            Account actor, UUID id, HttpServletRequest request, Model model, String problem, String notice) {
        Organisation organisation = organisations.get(actor, id);
        model.addAttribute("page", pages.of(request, "organisation.title"));
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", organisations.members(actor, id));
        model.addAttribute("manages", organisations.managesMembers(actor, id));
        model.addAttribute("team", organisations.seesTeam(actor, id));
        model.addAttribute("problem", problem);
        model.addAttribute("notice", notice);
        return "admin/organisation";
    }
}
