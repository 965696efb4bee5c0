package org.skills4cities.toolkit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Language handling for pages and API: pages keep the language chosen with {@code ?lang=} in a cookie and otherwise
 * follow {@code Accept-Language}; API methods receive a {@link Language} argument.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_COOKIE = "s4c-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {
            /** A cookie naming no language of the toolkit counts as no cookie; el-GR counts as el. */
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Locale chosen = super.resolveLocale(request);
                return Language.ofCode(chosen.getLanguage())
                        .map(Language::locale)
                        .orElseGet(
                                () -> RequestLanguage.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                                        .locale());
            }
        };
        resolver.setDefaultLocaleFunction(
                request -> RequestLanguage.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                        .locale());
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChoice(localeResolver())).excludePathPatterns("/api/**");
        registry.addInterceptor(new ApiLanguage()).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ApiLanguageArgumentResolver());
    }
}
