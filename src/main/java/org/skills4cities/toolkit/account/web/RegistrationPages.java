package org.skills4cities.toolkit.account.web;

import jakarta.servlet.http.HttpServletRequest;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.InvalidInput;
import org.skills4cities.toolkit.account.PasswordRejected;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for people not signed in: registration, email confirmation, forgotten password, first-admin setup. Their
 * answers never say whether an email has an account.
 */
@Controller
class RegistrationPages {

    private final Accounts accounts;
    private final Pages pages;

    RegistrationPages(Accounts accounts, Pages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    @GetMapping("/register")
    String registerForm(HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.of(request, "register.title"));
        return "account/register";
    }

    @PostMapping("/register")
    String register(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            Model model) {
        Page page = pages.of(request, "register.title");
        try {
            accounts.register(email, displayName, password, page.language());
        } catch (InvalidInput | PasswordRejected e) {
            model.addAttribute("page", page);
            model.addAttribute("problem", problemKey(e));
            model.addAttribute("email", email);
            model.addAttribute("displayName", displayName);
            return "account/register";
        }
        return message(model, pages.of(request, "register.sent.title"), "register.sent.text", null, null);
    }

    /** The mailed link only shows a button: a link scanner opening it confirms nothing. */
    @GetMapping("/confirm-email/{token}")
    String verifyForm(@PathVariable String token, HttpServletRequest request, Model model) {
        if (!accounts.verifyLinkValid(token)) {
            return message(model, pages.of(request, "link.invalid.title"), "link.invalid.text", null, null);
        }
        model.addAttribute("page", pages.of(request, "verify.title"));
        model.addAttribute("token", token);
        return "account/verify";
    }

    @PostMapping("/confirm-email/{token}")
    String verify(@PathVariable String token, HttpServletRequest request, Model model) {
        boolean verified = accounts.verifyEmail(token).isPresent();
        return verified
                ? message(model, pages.of(request, "verify.done.title"), "verify.done.text", "/login", "nav.login")
                : message(model, pages.of(request, "link.invalid.title"), "link.invalid.text", null, null);
    }

    @GetMapping("/password/forgot")
    String forgotForm(HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.of(request, "forgot.title"));
        return "account/forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
        if (!email.isBlank() && email.length() <= 254) {
            accounts.requestPasswordReset(email);
        }
        return message(model, pages.of(request, "forgot.sent.title"), "forgot.sent.text", null, null);
    }

    @GetMapping("/password/reset/{token}")
    String resetForm(@PathVariable String token, HttpServletRequest request, Model model) {
        if (!accounts.resetLinkValid(token)) {
            return message(model, pages.of(request, "link.invalid.title"), "link.invalid.text", null, null);
        }
        model.addAttribute("page", pages.of(request, "reset.title"));
        model.addAttribute("token", token);
        return "account/reset";
    }

    @PostMapping("/password/reset/{token}")
    String reset(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            Model model) {
        try {
            if (!accounts.resetPassword(token, password)) {
                return message(model, pages.of(request, "link.invalid.title"), "link.invalid.text", null, null);
            }
        } catch (PasswordRejected e) {
            model.addAttribute("page", pages.of(request, "reset.title"));
            model.addAttribute("token", token);
            model.addAttribute("problem", problemKey(e));
            return "account/reset";
        }
        return message(model, pages.of(request, "reset.done.title"), "reset.done.text", "/login", "nav.login");
    }

    @GetMapping("/setup/{token}")
    String setupForm(@PathVariable String token, HttpServletRequest request, Model model) {
        if (!accounts.setupLinkValid(token)) {
            return message(model, pages.of(request, "link.invalid.title"), "link.invalid.text", null, null);
        }
        model.addAttribute("page", pages.of(request, "setup.title"));
        model.addAttribute("token", token);
        return "account/setup";
    }

    @PostMapping("/setup/{token}")
    String setup(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            Model model) {
        Page page = pages.of(request, "setup.title");
        try {
            if (accounts.completeSetup(token, email, displayName, password, page.language())
                    .isEmpty()) {
                return message(model, pages.of(request, "link.invalid.title"), "link.invalid.text", null, null);
            }
        } catch (InvalidInput | PasswordRejected e) {
            model.addAttribute("page", page);
            model.addAttribute("token", token);
            model.addAttribute("problem", problemKey(e));
            return "account/setup";
        }
        return message(model, pages.of(request, "setup.done.title"), "setup.done.text", "/login", "nav.login");
    }

    static String problemKey(RuntimeException e) {
        if (e instanceof PasswordRejected rejected) {
            return "password.rejected." + rejected.reason();
        }
        return ((InvalidInput) e).messageKey();
    }

    static String message(Model model, Page page, String text, String link, String linkText) {
        model.addAttribute("page", page);
        model.addAttribute("text", text);
        model.addAttribute("link", link);
        model.addAttribute("linkText", linkText);
        return "account/message";
    }
}
