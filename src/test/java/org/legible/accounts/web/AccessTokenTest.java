package org.legible.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Personal access tokens: made on the account page, shown once, stored hashed, scoped, revocable, expiring. */
@LegibleTest
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
// The address limit the API shares with sign-in, which the test profile raises for tests of other features.
@TestPropertySource(properties = "legible.login.address-failures=20")
class AccessTokenTest {

    private static final String CHECK_IN = "{\"diaryDay\":\"2026-03-10\",\"overallPain\":4}";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    People people;
    String email;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        email = People.uniqueEmail("ann");
        ann = people.signUp(email);
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private int checkInRows() {
        return jdbc.sql("SELECT COUNT(*) FROM check_in WHERE account_id = (SELECT id FROM account WHERE email = :e)")
                .param("e", email)
                .query(Integer.class)
                .single();
    }

    @Test
    void a_new_token_is_shown_once_and_only_its_hash_is_stored() throws Exception {
        var created = mvc.perform(post("/account/tokens")
                        .session(ann)
                        .with(csrf())
                        .param("name", "my spreadsheet")
                        .param("scope", "read")
                        .param("lifetimeDays", "90")
                        .param("passphrase", People.PASSPHRASE))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith("lgb_").hasSize(4 + 43);

        // The redirect's flash attributes wait in the session for the next visit, as in a browser.
        String page = mvc.perform(get("/account/tokens").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(token, "shown only this once", "my spreadsheet", "Read only", "8 June 2026", "Never");
        String again = mvc.perform(get("/account/tokens").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("my spreadsheet").doesNotContain(token);

        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM access_token WHERE name = 'my spreadsheet'")
                .query()
                .listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).values())
                .noneMatch(v -> v != null && v.toString().contains("lgb_"));
        assertThat(rows.get(0).get("token_hash")).isEqualTo(sha256(token));
    }

    @Test
    void creating_a_token_needs_a_name_and_the_passphrase_and_keeps_what_was_typed() throws Exception {
        String page = mvc.perform(post("/account/tokens")
                        .session(ann)
                        .with(csrf())
                        .param("name", "  ")
                        .param("scope", "read-write")
                        .param("lifetimeDays", "365")
                        .param("passphrase", "not my passphrase"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Give the token a name.", "That is not your current passphrase.");
        assertThat(page).containsPattern("value=\"read-write\"\\s+checked");
        assertThat(page).containsPattern("value=\"365\"\\s+selected");

        String tooLong = mvc.perform(post("/account/tokens")
                        .session(ann)
                        .with(csrf())
                        .param("name", "x".repeat(101))
                        .param("scope", "admin")
                        .param("lifetimeDays", "10000")
                        .param("passphrase", People.PASSPHRASE))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooLong)
                .contains(
                        "Keep the name to 100 characters or fewer.",
                        "Choose what the token may do.",
                        "Choose how long the token lasts.")
                .contains("x".repeat(101));
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM access_token WHERE account_id = (SELECT id FROM account WHERE email = :e)")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void only_the_bearer_header_authenticates_never_the_session_cookie_or_a_query_parameter() throws Exception {
        String token = people.token(ann, "read");
        MockHttpServletResponse cookieOnly = call(get("/api/v1/checkins").session(ann));
        assertThat(cookieOnly.getStatus()).isEqualTo(401);
        assertThat(cookieOnly.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
        assertThat(cookieOnly.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(cookieOnly.getContentAsString()).contains("\"status\":401", "Authorization: Bearer");
        assertThat(cookieOnly.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(cookieOnly.getHeader("Cache-Control")).contains("no-store");

        assertThat(call(get("/api/v1/checkins").param("access_token", token)).getStatus())
                .isEqualTo(401);
        assertThat(call(bearer(get("/api/v1/checkins"), "lgb_" + "A".repeat(43)))
                        .getStatus())
                .isEqualTo(401);
        assertThat(call(bearer(get("/api/v1/checkins"), token)).getStatus()).isEqualTo(200);
        // A session cookie sent along opens no session on the API, and CSRF is not asked for.
        assertThat(call(bearer(get("/api/v1/checkins"), token).session(ann)).getStatus())
                .isEqualTo(200);
    }

    @Test
    void a_read_only_token_reads_but_cannot_change_anything(CapturedOutput output) throws Exception {
        String reader = people.token(ann, "read");
        MockHttpServletResponse refused = call(bearer(post("/api/v1/checkins"), reader)
                .contentType(MediaType.APPLICATION_JSON)
                .content(CHECK_IN));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("may only read");
        assertThat(checkInRows()).isZero();

        String writer = people.token(ann, "read-write");
        MockHttpServletResponse recorded = call(bearer(post("/api/v1/checkins"), writer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(CHECK_IN));
        assertThat(recorded.getStatus()).isEqualTo(201);
        assertThat(checkInRows()).isEqualTo(1);
        assertThat(call(bearer(get(recorded.getHeader("Location")), reader)).getContentAsString())
                .contains("\"overallPain\":4");
        assertThat(output.getAll()).doesNotContain(reader, writer, "lgb_");
    }

    @Test
    void a_revoked_token_fails_from_the_next_request() throws Exception {
        String token = people.token(ann, "read");
        assertThat(call(bearer(get("/api/v1/checkins"), token)).getStatus()).isEqualTo(200);
        String id = jdbc.sql("SELECT id FROM access_token WHERE token_hash = :h")
                .param("h", sha256(token))
                .query(String.class)
                .single();

        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        mvc.perform(post("/account/tokens/" + id + "/revoke").session(bob).with(csrf()));
        assertThat(call(bearer(get("/api/v1/checkins"), token)).getStatus())
                .as("another account cannot revoke it")
                .isEqualTo(200);

        var revoked = mvc.perform(
                        post("/account/tokens/" + id + "/revoke").session(ann).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(revoked.getFlashMap().get("message")).isEqualTo("tokens.revoked");
        assertThat(call(bearer(get("/api/v1/checkins"), token)).getStatus()).isEqualTo(401);
    }

    @Test
    void a_token_stops_working_when_it_expires_and_the_page_says_so() throws Exception {
        String token = people.token(ann, "read");
        clock.advance(Duration.ofDays(29));
        assertThat(call(bearer(get("/api/v1/checkins"), token)).getStatus()).isEqualTo(200);
        clock.advance(Duration.ofDays(1));
        assertThat(call(bearer(get("/api/v1/checkins"), token)).getStatus()).isEqualTo(401);
        MockHttpSession fresh = people.signIn(email, People.PASSPHRASE);
        assertThat(mvc.perform(get("/account/tokens").session(fresh))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Expired on 9 April 2026", "<td>8 April 2026</td>");
    }

    @Test
    void deleting_the_account_ends_its_tokens() throws Exception {
        String token = people.token(ann, "read-write");
        mvc.perform(post("/account/delete")
                        .session(ann)
                        .with(csrf())
                        .param("passphrase", People.PASSPHRASE)
                        .param("confirm", "DELETE"))
                .andExpect(status().is3xxRedirection());
        assertThat(call(bearer(get("/api/v1/checkins"), token)).getStatus()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_token WHERE token_hash = :h")
                        .param("h", sha256(token))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void an_address_that_keeps_sending_wrong_tokens_waits_even_with_the_right_one() throws Exception {
        String token = people.token(ann, "read");
        MockHttpServletRequestBuilder wrong = bearer(get("/api/v1/checkins"), "lgb_wrong")
                .with(request -> {
                    request.setRemoteAddr("192.0.2.77");
                    return request;
                });
        for (int i = 0; i < 20; i++) {
            assertThat(call(wrong).getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse throttled =
                call(bearer(get("/api/v1/checkins"), token).with(request -> {
                    request.setRemoteAddr("192.0.2.77");
                    return request;
                }));
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(throttled.getHeader("Retry-After")).isNotBlank();
        assertThat(call(bearer(get("/api/v1/checkins"), token)).getStatus())
                .as("other addresses are not affected")
                .isEqualTo(200);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
