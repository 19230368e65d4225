package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.legible.accounts.Accounts;
import org.legible.support.HttpVisitor;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What only a real servlet container shows: cookie flags, session ids, forwards and status codes on the wire. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RealServerSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private String account() {
        String email = People.uniqueEmail("real");
        accounts.register(email, People.PASSPHRASE, ZoneId.of("UTC"), null);
        return email;
    }

    @Test
    void the_session_cookie_is_http_only_same_site_lax_and_renewed_at_sign_in() throws Exception {
        String email = account();
        HttpVisitor visitor = new HttpVisitor(port);
        HttpResponse<String> login = visitor.get("/login");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("LEGIBLE_SESSION=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax")
                        .doesNotContainIgnoringCase("Domain="));
        String before = visitor.cookie;

        HttpResponse<String> signedIn =
                visitor.post("/login", Map.of("username", email, "password", People.PASSPHRASE));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(visitor.cookie).isNotEqualTo(before);
        assertThat(visitor.get("/history").statusCode()).isEqualTo(200);
    }

    @Test
    void a_burst_of_wrong_passphrases_is_refused_for_a_while_even_with_the_right_one_and_others_are_unaffected()
            throws Exception {
        String email = account();
        HttpVisitor attacker = new HttpVisitor(port);
        attacker.get("/login");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = attacker.post("/login", Map.of("username", email, "password", "guess " + i));
            assertThat(wrong.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
            attacker.get("/login?error");
        }

        HttpResponse<String> sixth = attacker.post("/login", Map.of("username", email, "password", People.PASSPHRASE));

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));
        assertThat(sixth.body())
                .contains("Too many attempts to sign in. Please wait a minute", "value=\"" + email + "\"");

        HttpResponse<String> someoneElse = new HttpVisitor(port).signIn(account(), People.PASSPHRASE);
        assertThat(someoneElse.statusCode()).isEqualTo(302);
        assertThat(someoneElse.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @Test
    void an_unknown_email_and_a_wrong_passphrase_get_the_same_answer() throws Exception {
        String email = account();
        HttpResponse<String> unknown = new HttpVisitor(port).signIn("nobody-" + email, People.PASSPHRASE);
        HttpResponse<String> wrong = new HttpVisitor(port).signIn(email, "not the passphrase");
        assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(302);
        assertThat(unknown.headers().firstValue("Location"))
                .isEqualTo(wrong.headers().firstValue("Location"));
    }

    @Test
    void an_expired_form_gets_a_page_that_says_what_to_do() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.signIn(account(), People.PASSPHRASE);
        visitor.csrf = "stale-token";
        HttpResponse<String> response = visitor.post("/check-ins", Map.of("overallPain", "4"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("forms stop working after a while");
    }

    @Test
    void an_unknown_address_says_not_found_not_that_a_form_expired() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.signIn(account(), People.PASSPHRASE);
        HttpResponse<String> response = visitor.get("/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Not found", "There is nothing here")
                .doesNotContain("forms stop working");
    }

    @Test
    void a_refused_form_gets_an_html_page_for_people_not_a_json_body() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.signIn(account(), People.PASSPHRASE);
        visitor.get("/check-ins/new");
        HttpResponse<String> response = visitor.post("/check-ins", Map.of("sites[99999].code", "heel-left"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("Something went wrong", "Nothing you saved before is affected");
    }

    @Test
    void an_import_file_over_the_upload_limit_gets_a_page_saying_how_large_a_file_may_be() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.signIn(account(), People.PASSPHRASE);
        visitor.get("/import");
        String boundary = "legible-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + visitor.csrf
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n"
                        + "Content-Type: application/json\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 34 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, body.length - tail.length, (byte) ' ');
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpResponse<String> response = visitor.send(visitor.request("/import")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(response.statusCode()).isEqualTo(413);
        // Health exports are large, so the server takes uploads up to LEGIBLE_UPLOAD_MAX (2 GB); the Legible
        // import's own cap then answers on its own page, with the file field to try again.
        assertThat(response.body())
                .contains("That file is larger than 32 MB", "id=\"file-error\"", "action=\"/import\"");
    }

    /**
     * Sends the head of a request on a plain socket with a little of its body, then reads the status line: an answer
     * before the body is sent shows the server refused it without receiving it.
     */
    private String statusBeforeTheBody(String path, String headers) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + HttpVisitor.ACCEPT + "\r\n"
                            + headers + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[4096]);
            out.flush();
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return in.readLine();
        }
    }

    @Test
    void a_large_body_anywhere_but_a_signed_in_upload_is_refused_before_it_is_received() throws Exception {
        String hundredMegabytes = "Content-Length: " + 100 * 1024 * 1024 + "\r\n";
        String form = "Content-Type: application/x-www-form-urlencoded\r\n";
        String file = "Content-Type: multipart/form-data; boundary=x\r\n";

        assertThat(statusBeforeTheBody("/login", form + hundredMegabytes)).isEqualTo("HTTP/1.1 413 ");
        assertThat(statusBeforeTheBody("/import/health", file + hundredMegabytes))
                .isEqualTo("HTTP/1.1 413 ");
        assertThat(statusBeforeTheBody("/check-ins", file + "Transfer-Encoding: chunked\r\n"))
                .isEqualTo("HTTP/1.1 413 ");
        assertThat(statusBeforeTheBody("/api/v1/checkins", "Content-Type: application/json\r\n" + hundredMegabytes))
                .isEqualTo("HTTP/1.1 413 ");
    }

    @Test
    void a_signed_in_form_over_a_megabyte_gets_a_page_that_says_nothing_was_saved() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.signIn(account(), People.PASSPHRASE);
        visitor.get("/check-ins/new");

        HttpResponse<String> response = visitor.post("/check-ins", Map.of("note", "x".repeat(1_100_000)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("That was more than Legible takes at once", "nothing was saved");
    }

    @Test
    void a_server_error_page_never_shows_internals() throws Exception {
        HttpResponse<String> response = new HttpVisitor(port).get("/nothing-here");
        assertThat(response.statusCode()).isIn(302, 403, 404);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "Whitelabel");
    }
}
