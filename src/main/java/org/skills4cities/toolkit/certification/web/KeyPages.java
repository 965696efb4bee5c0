package org.skills4cities.toolkit.certification.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.certification.CertificateNotFound;
import org.skills4cities.toolkit.certification.IssuerKeys;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The issuer keys, for platform admins: the generations published in the DID document and JWKS, and the rotation
 * that makes a new generation sign from now on while every older one stays published.
 */
@Controller
class KeyPages {

    private final IssuerKeys keys;
    private final Accounts accounts;
    private final Pages pages;

    KeyPages(IssuerKeys keys, Accounts accounts, Pages pages) {
        this.keys = keys;
        this.accounts = accounts;
        this.pages = pages;
    }

    @GetMapping("/admin/issuer-keys")
    String show(@RequestParam(required = false) @Nullable String rotated, HttpServletRequest request, Model model) {
        Page page = pages.of(request, "certificate.keys.title");
        model.addAttribute("page", page);
        model.addAttribute("did", keys.did());
        model.addAttribute("generations", keys.generations());
        model.addAttribute("notice", rotated == null ? null : page.t("certificate.keys.rotated", rotated));
        return "certification/keys";
    }

    @PostMapping("/admin/issuer-keys/rotate")
    String rotate(Principal principal) {
        int generation =
                keys.rotate(accounts.signedIn(principal).orElseThrow(() -> new CertificateNotFound("account")));
        return "redirect:/admin/issuer-keys?rotated=" + generation;
    }
}
