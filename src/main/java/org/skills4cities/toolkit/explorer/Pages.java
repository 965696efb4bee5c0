package org.skills4cities.toolkit.explorer;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Makes the {@link Page} of a request, in the language the locale resolver chose for it. */
@Component
class Pages {

    private final MessageSource messages;
    private final ResourceUrlProvider resources;

    Pages(MessageSource messages, @Qualifier("mvcResourceUrlProvider") ResourceUrlProvider resources) {
        this.messages = messages;
        this.resources = resources;
    }

    Page of(HttpServletRequest request, String titleKey, Object... arguments) {
        Language language = Language.of(RequestContextUtils.getLocale(request));
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed != null ? failed.toString() : request.getRequestURI();
        Page page = new Page(language, "", path, failed != null ? "" : query, messages, this::asset);
        return page.titled(page.t(titleKey, arguments));
    }

    private String asset(String path) {
        String versioned = resources.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
