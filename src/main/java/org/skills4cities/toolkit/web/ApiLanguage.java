package org.skills4cities.toolkit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Makes the language of an API request ({@code lang}, else {@code Accept-Language}) the locale of its processing, so
 * that Spring's own problem details are written in it too. An unsupported {@code lang} is left to the controller
 * to refuse.
 */
class ApiLanguage implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Language language =
                RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        LocaleContextHolder.setLocale(language.locale());
        return true;
    }
}
