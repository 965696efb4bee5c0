package org.skills4cities.toolkit.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Clock;
import java.util.UUID;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.InvalidInput;
import org.skills4cities.toolkit.account.PasswordRejected;
import org.skills4cities.toolkit.account.PersonalData;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.printing.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The signed-in person's own account: profile and language, password, access tokens, own data, deletion. */
@Controller
class AccountPages {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final PersonalData personalData;
    private final SignedInAccount signedIn;
    private final Pages pages;
    private final LocaleResolver locales;
    private final Clock clock;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    AccountPages(
            Accounts accounts,
            AccessTokens tokens,
            PersonalData personalData,
            SignedInAccount signedIn,
            Pages pages,
            LocaleResolver locales,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.personalData = personalData;
        this.signedIn = signedIn;
        this.pages = pages;
        this.locales = locales;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(Principal principal, HttpServletRequest request, Model model) {
        return show(signedIn.of(principal), request, model, null, null, null);
    }

    @PostMapping("/account/profile")
    String profile(
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "en") String language,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Account account = signedIn.of(principal);
        Language chosen = Language.ofCode(language).orElse(account.language());
        try {
            accounts.update(account.id(), displayName, chosen);
        } catch (InvalidInput e) {
            return show(account, request, model, e.messageKey(), null, null);
        }
        locales.setLocale(request, response, chosen.locale());
        return "redirect:/account?saved";
    }

    @PostMapping("/account/password")
    String password(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Account account = signedIn.of(principal);
        HttpSession session = request.getSession(false);
        try {
            accounts.changePassword(
                    account.id(), currentPassword, newPassword, session == null ? null : session.getId());
        } catch (InvalidInput | PasswordRejected e) {
            return show(account, request, model, RegistrationPages.problemKey(e), null, null);
        }
        return show(account, request, model, null, "account.passwordChanged", null);
    }

    @PostMapping("/account/tokens")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Account account = signedIn.of(principal);
        try {
            AccessTokens.Created created = tokens.create(account.id(), name);
            return show(account, request, model, null, null, created.secret());
        } catch (AccessTokens.TooManyTokens e) {
            return show(account, request, model, "account.tokens.tooMany", null, null);
        } catch (IllegalArgumentException e) {
            return show(account, request, model, "account.invalid.name.tooLong", null, null);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, Principal principal) {
        tokens.revoke(signedIn.of(principal).id(), id);
        return "redirect:/account";
    }

    @GetMapping("/account/data")
    ResponseEntity<byte[]> data(Principal principal) {
        Account account = signedIn.of(principal);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Downloads.attachment("skills4cities-personal-data", "skills4cities-personal-data", "json"))
                .body(json.writeValueAsBytes(personalData.of(account.id())));
    }

    @PostMapping("/account/delete")
    String delete(
            @RequestParam(defaultValue = "") String password,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Account account = signedIn.of(principal);
        if (!accounts.passwordMatches(account.id(), password)) {
            return show(account, request, model, "account.invalid.currentPassword.wrong", null, null);
        }
        accounts.delete(account.id());
        new SecurityContextLogoutHandler().logout(request, response, null);
        return RegistrationPages.message(
                model, pages.of(request, "account.deleted.title"), "account.deleted.text", "/", "nav.home");
    }

    private String show(
            Account account, HttpServletRequest request, Model model, String problem, String notice, String newToken) {
        Account current = accounts.find(account.id()).orElseThrow();
        model.addAttribute("page", pages.of(request, "account.title"));
        model.addAttribute("account", current);
        model.addAttribute("memberships", accounts.memberships(current.id()));
        model.addAttribute("tokens", tokens.list(current.id()));
        model.addAttribute("secondFactorRequired", accounts.requiresSecondFactor(current.id()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("problem", problem);
        model.addAttribute(
                "notice", notice != null ? notice : request.getParameter("saved") != null ? "account.saved" : null);
        model.addAttribute("newToken", newToken);
        return "account/account";
    }
}
