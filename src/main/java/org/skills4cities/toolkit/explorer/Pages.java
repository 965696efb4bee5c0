package org.skills4cities.toolkit.explorer;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Makes the {@link Page} of a request, in the language the locale resolver chose for it, with who is signed in (the
 * request attribute {@value #USER}, set by the security module) and the CSRF token for its forms.
 */
@Component
public class Pages {

    /** The request attribute holding the display name of who is signed in. */
    public static final String USER = "s4c.user";

    private final MessageSource messages;
    private final ResourceUrlProvider resources;

    private final ZoneId zone;

    Pages(
            MessageSource messages,
            @Qualifier("mvcResourceUrlProvider") ResourceUrlProvider resources,
            @Value("${toolkit.time-zone:}") String zone) {
        this.messages = messages;
        this.resources = resources;
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    /**
     * Answers a page request with the site's 404 page in the user's language, the same for what does not exist and
     * what the person may not see: sets the status and the model, and gives the view's name.
     */
    public String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("page", of(request, "error.notFound.title"));
        model.addAttribute("what", request.getRequestURI());
        return "not-found";
    }

    public Page of(HttpServletRequest request, String titleKey, Object... arguments) {
        Language language = Language.of(RequestContextUtils.getLocale(request));
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed != null ? failed.toString() : request.getRequestURI();
        Object user = request.getAttribute(USER);
        Page page = new Page(
                language,
                "",
                path,
                failed != null ? "" : query,
                messages,
                this::asset,
                user instanceof String name ? name : null,
                request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token : null,
                zone);
        return page.titled(page.t(titleKey, arguments));
    }

    private String asset(String path) {
        String versioned = resources.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
