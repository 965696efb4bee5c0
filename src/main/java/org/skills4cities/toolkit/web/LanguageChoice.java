package org.skills4cities.toolkit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skills4cities.toolkit.language.Language;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/** Keeps the language a page was asked in with {@code ?lang=}, when it is one of the toolkit's; ignores others. */
class LanguageChoice implements HandlerInterceptor {

    private final LocaleResolver locales;

    LanguageChoice(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            Language.ofCode(lang).ifPresent(language -> locales.setLocale(request, response, language.locale()));
        }
        return true;
    }
}
