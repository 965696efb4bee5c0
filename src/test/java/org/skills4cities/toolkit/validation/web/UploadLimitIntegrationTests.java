package org.skills4cities.toolkit.validation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload that announces more bytes than one evidence file may have is answered before its body is sent: over a
 * real connection, the request's head and a few bytes only, and the answer comes at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void answersTheApiWith413ProblemDetailsInTheCallersLanguageWithoutReadingTheBody() throws IOException {
        String answer = announce("/api/v1/validation/cases/" + UUID.randomUUID() + "/evidence/files?lang=de");

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("Content-Type: application/problem+json", "10 MB", "\"language\":\"de\"");
    }

    @Test
    void sendsAPageBackToTheCaseWithTheReason() throws IOException {
        UUID id = UUID.randomUUID();
        String answer = announce("/validation/cases/" + id + "/evidence/files");

        assertThat(answer).startsWith("HTTP/1.1 303");
        assertThat(answer).contains("Location: /validation/cases/" + id + "?refused=too-large");
    }

    private static boolean answered(String answer) {
        int head = answer.indexOf("\r\n\r\n");
        return head > 0 && (answer.startsWith("HTTP/1.1 303") || answer.indexOf('}', head) > 0);
    }

    /** Sends the head of an upload of 11 MB and ten bytes of it, and reads what comes back. */
    private String announce(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: multipart/form-data; boundary=b\r\n"
                            + "Content-Length: " + (11 * 1024 * 1024) + "\r\nConnection: close\r\n\r\n--b\r\nxxxx")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            StringBuilder answer = new StringBuilder();
            // the server answers, then waits for the rest of the body it will not read: read the answer only
            while (!answered(answer.toString())) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            return answer.toString();
        }
    }
}
