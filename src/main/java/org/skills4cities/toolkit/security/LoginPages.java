package org.skills4cities.toolkit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.InvalidInput;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login form and the second factor: entering the code at login, and enrolling or removing it. Completing the
 * second factor makes sign-in complete and gives the session a new identifier.
 */
@Controller
class LoginPages {

    private final Accounts accounts;
    private final AuditLog audit;
    private final Pages pages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginPages(Accounts accounts, AuditLog audit, Pages pages) {
        this.accounts = accounts;
        this.audit = audit;
        this.pages = pages;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.of(request, "login.title"));
        model.addAttribute("problem", request.getParameter("error") != null ? "login.failed" : null);
        model.addAttribute(
                "notice",
                request.getParameter("loggedOut") != null
                        ? "login.loggedOut"
                        : request.getParameter("expired") != null ? "login.expired" : null);
        return "account/login";
    }

    @GetMapping("/login/second-factor")
    String secondFactorForm(HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.of(request, "secondFactor.title"));
        return "account/second-factor";
    }

    @PostMapping("/login/second-factor")
    String secondFactor(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        SignedIn user = SignedInUser.current();
        if (!accounts.verifySecondFactor(user.accountId(), code)) {
            if (accounts.secondFactorBlocked(user.accountId())) {
                new SecurityContextLogoutHandler().logout(request, response, null);
                return "redirect:/login?error";
            }
            model.addAttribute("page", pages.of(request, "secondFactor.title"));
            model.addAttribute("problem", "secondFactor.wrong");
            return "account/second-factor";
        }
        complete(user, request, response);
        return "redirect:/account";
    }

    @GetMapping("/account/second-factor")
    String enrolment(HttpServletRequest request, Model model) {
        return enrolmentPage(SignedInUser.current(), request, model, null, null);
    }

    @PostMapping("/account/second-factor/start")
    String start(HttpServletRequest request, Model model) {
        SignedIn user = SignedInUser.current();
        try {
            return enrolmentPage(user, request, model, accounts.startSecondFactor(user.accountId()), null);
        } catch (InvalidInput alreadyOn) {
            return enrolmentPage(user, request, model, null, alreadyOn.messageKey());
        }
    }

    @PostMapping("/account/second-factor/confirm")
    String confirm(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        SignedIn user = SignedInUser.current();
        if (!accounts.confirmSecondFactor(user.accountId(), code)) {
            String uri = accounts.startSecondFactor(user.accountId());
            return enrolmentPage(user, request, model, uri, "secondFactor.wrongNew");
        }
        if (user.stage() != SignedIn.Stage.COMPLETE) {
            complete(user, request, response);
        }
        return "redirect:/account?saved";
    }

    @PostMapping("/account/second-factor/disable")
    String disable(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
        SignedIn user = SignedInUser.current();
        if (!accounts.disableSecondFactor(user.accountId(), code)) {
            return enrolmentPage(user, request, model, null, "secondFactor.wrong");
        }
        return "redirect:/account?saved";
    }

    private String enrolmentPage(SignedIn user, HttpServletRequest request, Model model, String uri, String problem) {
        Account account = accounts.find(user.accountId()).orElseThrow();
        model.addAttribute("page", pages.of(request, "account.secondFactor"));
        model.addAttribute("enabled", account.totpEnabled());
        model.addAttribute("required", accounts.requiresSecondFactor(account.id()));
        model.addAttribute("problem", problem);
        if (uri != null) {
            model.addAttribute(
                    "qrSvg",
                    QrCodes.svg(uri, pages.of(request, "secondFactor.qr").title()));
            model.addAttribute("secret", secretOf(uri));
        }
        return "account/second-factor-setup";
    }

    private void complete(SignedIn user, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(PasswordLogin.token(user.at(SignedIn.Stage.COMPLETE)));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        audit.record(user.accountId(), user.email(), "login.succeeded", null, null, "second factor");
    }

    private static String secretOf(String otpauth) {
        String query = URI.create(otpauth).getRawQuery();
        for (String part : query.split("&")) {
            if (part.startsWith("secret=")) {
                return part.substring("secret=".length());
            }
        }
        return "";
    }
}
