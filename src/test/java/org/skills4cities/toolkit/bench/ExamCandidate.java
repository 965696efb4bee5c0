package org.skills4cities.toolkit.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One candidate of the exam benchmark as a browser would be: its own session cookie and CSRF token over a shared
 * HTTP client (no redirects followed), signing in, checking in, opening the exam and saving answers.
 */
final class ExamCandidate {

    private static final Pattern SESSION = Pattern.compile("s4c-session=([^;]+)");
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE_CSRF = Pattern.compile("data-csrf-token=\"([^\"]+)\"");
    private static final Pattern QUESTION = Pattern.compile("data-key=\"([^\"]+)\"");
    private static final Pattern OPTION = Pattern.compile("name=\"([^\"]+)\" value=\"([a-f])\"");

    private final HttpClient client;
    private final String base;
    private final String email;
    private final UUID attempt;
    private String cookie = "";
    private String csrf = "";
    private final Map<String, List<String>> questions = new LinkedHashMap<>();

    ExamCandidate(HttpClient client, String base, String email, UUID attempt) {
        this.client = client;
        this.base = base;
        this.email = email;
        this.attempt = attempt;
    }

    UUID attempt() {
        return attempt;
    }

    /**
     * Opens the login form, then posts the email and password; answers 302 when signed in, 401 when the form came
     * back with an error.
     */
    int login(String password) {
        HttpResponse<String> form = send(get("/login"));
        csrf = found(FORM_CSRF, form.body());
        HttpResponse<String> posted = send(post("/login", Map.of("email", email, "password", password)));
        boolean refused =
                posted.headers().firstValue("Location").orElse("error").contains("error");
        return refused ? 401 : posted.statusCode();
    }

    /** Opens the exams page (for a fresh CSRF token after sign-in) and checks in; answers the check-in's status. */
    int checkIn() {
        csrf = found(FORM_CSRF, send(get("/exams")).body());
        return send(post("/exams/attempts/" + attempt + "/check-in", Map.of())).statusCode();
    }

    /** Opens the exam page: the start. */
    HttpResponse<String> start() {
        return send(page());
    }

    HttpRequest page() {
        return get("/exams/attempts/" + attempt);
    }

    /** Keeps the exam page's CSRF token and its questions with their options. */
    void read(String examPage) {
        csrf = found(PAGE_CSRF, examPage);
        Matcher keys = QUESTION.matcher(examPage);
        while (keys.find()) {
            questions.put(keys.group(1), new ArrayList<>());
        }
        Matcher options = OPTION.matcher(examPage);
        while (options.find()) {
            questions.get(options.group(1)).add(options.group(2));
        }
    }

    List<String> questions() {
        return List.copyOf(questions.keySet());
    }

    HttpRequest save(int number, long seq) {
        String key = questions().get(number);
        String body = "{\"question\":\"" + key + "\",\"options\":[\""
                + questions.get(key).getFirst() + "\"],\"seq\":" + seq + "}";
        return HttpRequest.newBuilder(URI.create(base + "/exams/attempts/" + attempt + "/answers"))
                .header("Cookie", "s4c-session=" + cookie)
                .header("X-CSRF-TOKEN", csrf)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    HttpRequest clock() {
        return get("/exams/attempts/" + attempt + "/clock");
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .map(SESSION::matcher)
                    .filter(Matcher::find)
                    .forEach(m -> cookie = m.group(1));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Sending " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending " + request.uri(), e);
        }
    }

    private HttpRequest get(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (!cookie.isEmpty()) {
            builder.header("Cookie", "s4c-session=" + cookie);
        }
        return builder.build();
    }

    private HttpRequest post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String form = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "s4c-session=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private static String found(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found on the page: " + pattern);
        }
        return matcher.group(1).replace("&#61;", "=").replace("&#43;", "+").replace("&#47;", "/");
    }
}
