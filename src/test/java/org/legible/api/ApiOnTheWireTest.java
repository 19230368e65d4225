package org.legible.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccessScope;
import org.legible.accounts.AccessTokens;
import org.legible.accounts.Accounts;
import org.legible.accounts.Registration;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What only a real server shows about the API: errors raised before any controller (no such route, wrong method)
 * and bodies without a declared length still come back as problem documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiOnTheWireTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    @BeforeEach
    void token() {
        var registration = accounts.register(People.uniqueEmail("wire"), People.PASSPHRASE, ZoneId.of("UTC"), null);
        assertThat(registration).isInstanceOf(Registration.Registered.class);
        token = tokens.issue(((Registration.Registered) registration).accountId(), "wire", AccessScope.READ_WRITE, 30)
                .secret();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    @Test
    void an_unknown_api_address_is_a_404_problem_document() throws Exception {
        HttpResponse<String> response =
                http.send(request("/api/v1/nothing-here").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404", "There is nothing at this address.");
    }

    @Test
    void a_wrong_method_is_a_405_problem_document_that_says_what_is_allowed() throws Exception {
        HttpResponse<String> response = http.send(
                request("/api/v1/checkins")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
    }

    @Test
    void a_streamed_body_is_cut_off_past_one_mebibyte() throws Exception {
        InputStream body = new SequenceInputStream(
                new ByteArrayInputStream(
                        "{\"diaryDay\":\"2026-01-01\",\"overallPain\":1,\"note\":\"".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(new byte[2 * 1024 * 1024]) {
                    @Override
                    public synchronized int read(byte[] b, int off, int len) {
                        int n = super.read(b, off, len);
                        for (int i = off; i < off + Math.max(n, 0); i++) {
                            b[i] = 'a';
                        }
                        return n;
                    }
                });
        HttpResponse<String> response = http.send(
                request("/api/v1/checkins")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(http.send(request("/api/v1/checkins").GET().build(), HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("\"totalItems\":0");
    }
}
