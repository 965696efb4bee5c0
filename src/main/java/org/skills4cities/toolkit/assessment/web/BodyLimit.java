package org.skills4cities.toolkit.assessment.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps what a caller may send to the assessment API small: a body announced larger than {@value #LIMIT} bytes
 * answers 413 problem details before anything is read, and a body without a length stops being read at the limit
 * (it then answers 400, as a body that is not valid JSON). Forty ratings with long notes fit many times over.
 */
@Component
class BodyLimit extends OncePerRequestFilter {

    static final int LIMIT = 256 * 1024;

    private final MessageSource messages;

    BodyLimit(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/v1/assessments")
                || "GET".equals(request.getMethod())
                || "DELETE".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT) {
            Locale locale = RequestLanguage.lenient(
                            request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                    .locale();
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"status\":413,\"title\":"
                            + json(messages.getMessage("problem.bodyTooLarge.title", null, locale))
                            + ",\"detail\":"
                            + json(messages.getMessage(
                                    "problem.bodyTooLarge.detail", new Object[] {LIMIT / 1024}, locale))
                            + ",\"language\":\"" + locale.getLanguage() + "\"}");
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The request with its body cut off at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > LIMIT) {
                        throw new IOException("The request body is longer than " + LIMIT + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > LIMIT) {
                        throw new IOException("The request body is longer than " + LIMIT + " bytes");
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
