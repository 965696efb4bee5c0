package org.skills4cities.toolkit.validation.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.skills4cities.toolkit.validation.Portfolios;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an evidence upload that announces a body larger than one file may be (plus room for the form's other
 * fields) before any of it is read, ahead of the security filters, which would read a multipart form to find its CSRF
 * token: the API answers 413 problem details; a page goes back to the case with the reason shown. A body without a
 * length is read up to the servlet's multipart limit and the file then checked by the portfolio.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class UploadLimit extends OncePerRequestFilter {

    static final long LIMIT = Portfolios.MAX_FILE + 64 * 1024;

    private static final Pattern UPLOAD =
            Pattern.compile("(/api/v1)?/validation/cases/([0-9a-fA-F-]{36})/evidence/files");

    private static final Pattern LANG = Pattern.compile("(?:^|&)lang=([a-zA-Z-]{2,10})");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    UploadLimit(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !UPLOAD.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= LIMIT) {
            chain.doFilter(request, response);
            return;
        }
        Matcher upload = UPLOAD.matcher(request.getRequestURI());
        upload.matches();
        if (upload.group(1) == null) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, "/validation/cases/" + upload.group(2) + "?refused=too-large");
            return;
        }
        // the language from the query string and header only: asking for a parameter would read the multipart body
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        Matcher lang = LANG.matcher(query);
        Locale locale = RequestLanguage.lenient(
                        lang.find() ? lang.group(1) : null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .locale();
        Object[] megabytes = {Portfolios.MAX_FILE / (1024 * 1024)};
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("status", 413);
        problem.put("title", messages.getMessage("validation.rejected.title", null, locale));
        problem.put("detail", messages.getMessage("validation.rejected.tooLarge", megabytes, locale));
        problem.put("instance", request.getRequestURI());
        problem.put("reason", "too-large");
        problem.put("language", locale.getLanguage());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
