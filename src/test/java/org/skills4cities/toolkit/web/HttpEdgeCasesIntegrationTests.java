package org.skills4cities.toolkit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What only a real servlet container shows: raw query strings and cookies as a client sends them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpEdgeCasesIntegrationTests {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void answersAnUndecodableParameterWithProblemDetails() throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=%FF%FE&lang=de", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("UTF-8").doesNotContain("Exception");
    }

    @Test
    void answersAPageWithABrokenPercentEncodingInItsQueryWithoutAServerError() throws Exception {
        // sent over a plain socket: Java's HTTP client refuses to send such an address at all
        for (String path : List.of("/search?q=%ZZ", "/guide?q=%ZZ", "/frameworks/skills4cities?x=%ZZ&lang=bg")) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.getOutputStream()
                        .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                                        + "Connection: close\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int status = Integer.parseInt(response.substring(9, 12));

                assertThat(status).as(path).isBetween(200, 499);
                assertThat(response).as(path).contains("<html lang=").doesNotContain("Exception");
            }
        }
    }

    @Test
    void servesPagesDespiteAMangledLanguageCookie() throws Exception {
        HttpResponse<String> response = get("/", "s4c-lang=a%20b");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"en\">");
    }

    @Test
    void answersAnUnknownApiPathInTheCallersLanguage() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri("/api/v1/frameworks/skills4cities/nothing/here?lang=bg"))
                        .header("Accept", "application/json"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains(
                        "\"title\":\"Не е намерено\"",
                        "/api/v1/frameworks/skills4cities/nothing/here",
                        "\"language\":\"bg\"");
    }

    @Test
    void answersAnUnsupportedMethodInTheCallersLanguage() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/search?q=data"))
                .header("Accept-Language", "el-GR,el;q=0.9")
                .DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("Η μέθοδος δεν επιτρέπεται");
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(
                request.build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String pathAndQuery, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
