package org.skills4cities.toolkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.mail.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The security headers every kind of answer carries, over a real HTTP connection; what only HTTPS adds (HSTS and
 * the {@code __Host-} session cookie) through MockMvc requests marked secure; and CSRF protection of the forms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SecurityHeadersIntegrationTests {

    private static final String PASSWORD = "Ελιές και θυμάρι στην αυλή";

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Outbox outbox;

    @Autowired
    Passwords passwords;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a page                 | /                                           | text/html        | 200 | text/html
            an API answer          | /api/v1/frameworks                          | application/json | 200 | application/json
            a download             | /frameworks/skills4cities/roles/SCPM/pdf    | application/pdf  | 200 | application/pdf
            an error page          | /frameworks/skills4cities/no-such-page      | text/html        | 404 | text/html
            an API error           | /api/v1/frameworks/nope                     | application/json | 404 | application/problem+json
            a redirect to log in   | /no-such-page                               | text/html        | 302 |
            """)
    void sendsTheSecurityHeadersWith(String kind, String path, String accept, int status, String contentType)
            throws Exception {
        HttpResponse<String> response = get(path, accept);

        assertThat(response.statusCode()).as(kind).isEqualTo(status);
        if (contentType != null) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
        }
        HttpHeaders headers = response.headers();
        assertThat(headers.allValues("Content-Security-Policy"))
                .as("one policy")
                .hasSize(1);
        String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(directives(policy))
                .containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'none'")
                .containsEntry("frame-ancestors", "'none'")
                .containsEntry("script-src", "'self'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP")
                .isEmpty();
    }

    @Test
    void keepsTheApiFreeOfCookies() throws Exception {
        HttpResponse<String> response = get("/api/v1/frameworks", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void sendsStrictTransportSecurityOverHttps() {
        MvcTestResult result = mvc.get().uri("/").secure(true).exchange();

        assertThat(result).hasStatusOk();
        String hsts = result.getResponse().getHeader("Strict-Transport-Security");
        assertThat(hsts).isNotNull();
        assertThat(Arrays.stream(hsts.split(";")).map(String::strip)).contains("max-age=31536000", "includeSubDomains");
    }

    @Test
    void sendsNoStrictTransportSecurityOverHttpEvenToMockMvc() {
        MvcTestResult result = mvc.get().uri("/").exchange();

        assertThat(result).hasStatusOk().doesNotContainHeader("Strict-Transport-Security");
    }

    @Test
    void namesTheSessionCookieWithTheHostPrefixOverHttps() {
        MvcTestResult result = mvc.get().uri("/login").secure(true).exchange();

        assertThat(result).hasStatusOk();
        List<String> cookies = result.getResponse().getHeaders("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("s4c-session=")).isEmpty();
        String cookie = cookies.stream()
                .filter(c -> c.startsWith("__Host-s4c-session="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No __Host-s4c-session cookie in " + cookies));
        assertThat(attributes(cookie))
                .contains("Secure", "HttpOnly", "SameSite=Lax", "Path=/")
                .noneMatch(attribute -> attribute.regionMatches(true, 0, "Domain=", 0, 7));
    }

    @Test
    void keepsTheSessionCookieHttpOnlyAndSameSiteOverPlainHttp() throws Exception {
        HttpResponse<String> response = get("/login", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        String cookie = sessionCookieHeader(response);
        assertThat(attributes(cookie))
                .contains("HttpOnly", "SameSite=Lax", "Path=/")
                .doesNotContain("Secure");
    }

    @Test
    void refusesARegistrationWithoutCsrfToken() throws Exception {
        String email = uniqueEmail();
        HttpResponse<String> response =
                post("/register", null, Map.of("email", email, "displayName", "Νίκος Ιωάννου", "password", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(outbox.messages(200)).noneMatch(message -> message.to().equals(email));
    }

    @Test
    void refusesAProfileChangeWithoutCsrfTokenEvenWhenSignedIn() throws Exception {
        String email = uniqueEmail();
        String session = signedInSession(email, "Ελένη Κωνσταντίνου");

        HttpResponse<String> forged =
                post("/account/profile", session, Map.of("displayName", "Forged", "language", "en"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Ελένη Κωνσταντίνου");

        String token = csrfToken(getWithSession("/account", session));
        HttpResponse<String> genuine =
                post("/account/profile", session, Map.of("displayName", "Ελένη Κ.", "language", "el", "_csrf", token));

        assertThat(genuine.statusCode()).as("the same request with its token").isEqualTo(302);
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Ελένη Κ.");
    }

    /**
     * Makes an active account (registration and its mailed link are tested in {@code AccountApiIntegrationTests}
     * and {@code NewUserBrowserTests}), logs in through the form and answers the session cookie's value.
     */
    private String signedInSession(String email, String name) throws Exception {
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, password_hash, language, status, platform_admin,
                                             totp_enabled, created_at)
                        VALUES (?, ?, ?, ?, 'el', 'ACTIVE', FALSE, FALSE, CURRENT_TIMESTAMP)
                        """)
                .params(UUID.randomUUID(), email, name, passwords.hash(PASSWORD))
                .update();

        HttpResponse<String> form = get("/login", "text/html");
        String anonymous = cookieValue(sessionCookieHeader(form));
        HttpResponse<String> login =
                post("/login", anonymous, Map.of("email", email, "password", PASSWORD, "_csrf", csrfToken(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(URI.create(location).getPath()).isEqualTo("/account"));
        String session = cookieValue(sessionCookieHeader(login));
        assertThat(session).as("a new session id after login").isNotEqualTo(anonymous);
        assertThat(getWithSession("/account", session).statusCode()).isEqualTo(200);
        return session;
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept));
    }

    private HttpResponse<String> getWithSession(String path, String session) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html")
                .header("Cookie", "s4c-session=" + session));
    }

    private HttpResponse<String> post(String path, String session, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", "s4c-session=" + session);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfToken(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
    }

    private static String sessionCookieHeader(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith("s4c-session="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No s4c-session cookie in " + cookies));
    }

    private static String cookieValue(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        return pair.substring(pair.indexOf('=') + 1);
    }

    /** The attributes of a Set-Cookie header, after the name and value. */
    private static List<String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(String::strip).toList();
    }

    /** The directives of a Content-Security-Policy, by name. */
    private static Map<String, String> directives(String policy) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            directives.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return directives;
    }

    private static String uniqueEmail() {
        return "headers-" + UUID.randomUUID() + "@example.org";
    }
}
