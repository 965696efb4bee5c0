package org.skills4cities.toolkit.explorer;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
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
