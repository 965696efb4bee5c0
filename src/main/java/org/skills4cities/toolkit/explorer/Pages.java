package org.skills4cities.toolkit.explorer;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Makes the {@link Page} of a request, in the language the locale resolver chose for it. */
@Component
class Pages {

    private final MessageSource messages;

    Pages(MessageSource messages) {
        this.messages = messages;
    }

    Page of(HttpServletRequest request, String titleKey, Object... arguments) {
        Language language = Language.of(RequestContextUtils.getLocale(request));
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed != null ? failed.toString() : request.getRequestURI();
        Page page = new Page(language, "", path, failed != null ? "" : query, messages);
        return page.titled(page.t(titleKey, arguments));
    }

    Page titled(HttpServletRequest request, String title) {
        return of(request, "app.name").titled(title);
    }
}
