package org.skills4cities.toolkit.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie: {@code __Host-s4c-session} (Secure, Path=/, no Domain) over HTTPS, {@code s4c-session} over
 * plain HTTP on a developer's machine; always HttpOnly and SameSite=Lax.
 */
class SessionCookies implements CookieSerializer {

    private final DefaultCookieSerializer secure = serializer("__Host-s4c-session", true);
    private final DefaultCookieSerializer plain = serializer("s4c-session", false);

    @Override
    public void writeCookieValue(CookieValue value) {
        of(value.getRequest()).writeCookieValue(value);
    }

    @Override
    public List<String> readCookieValues(HttpServletRequest request) {
        return of(request).readCookieValues(request);
    }

    private DefaultCookieSerializer of(HttpServletRequest request) {
        return request.isSecure() ? secure : plain;
    }

    private static DefaultCookieSerializer serializer(String name, boolean https) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setUseSecureCookie(https);
        serializer.setSameSite("Lax");
        serializer.setUseBase64Encoding(true);
        return serializer;
    }
}
