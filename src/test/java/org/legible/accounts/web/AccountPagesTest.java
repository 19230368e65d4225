package org.legible.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@LegibleTest
class AccountPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void passphrases_are_stored_as_argon2id_at_the_owasp_minimum() throws Exception {
        String email = People.uniqueEmail("ann");
        new People(mvc).signUp(email);
        String hash = jdbc.sql("SELECT passphrase_hash FROM account WHERE email = :e")
                .param("e", email)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(People.PASSPHRASE);
    }

    @Test
    void the_administrator_reads_that_sign_up_is_open_when_it_is() throws Exception {
        String email = People.uniqueEmail("keeper");
        MockHttpSession admin = new People(mvc).signUp(email);
        jdbc.sql("UPDATE account SET is_admin = TRUE WHERE email = :e")
                .param("e", email)
                .update();

        String html = mvc.perform(get("/account").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Sign-up is open").doesNotContain("Sign-up is closed");
    }

    @Test
    void a_plain_text_noop_row_can_never_sign_in() throws Exception {
        String email = People.uniqueEmail("planted");
        jdbc.sql("INSERT INTO account (id, email, passphrase_hash, is_admin, time_zone, day_boundary, created_at,"
                        + " passphrase_changed_at) VALUES ('11111111-1111-1111-1111-111111111111', :e,"
                        + " '{noop}plain text passphrase', FALSE, 'UTC', '04:00', '2026-03-01T00:00:00.000Z',"
                        + " '2026-03-01T00:00:00.000Z')")
                .param("e", email)
                .update();
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "plain text passphrase"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void sign_up_explains_each_problem_and_keeps_the_email() throws Exception {
        String html = mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", "ann@example.com")
                        .param("passphrase", "password123")
                        .param("passphraseConfirm", "password123"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Use at least 12 characters.", "value=\"ann@example.com\"")
                .doesNotContain("value=\"password123\"");

        html = mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", "not an email")
                        .param("passphrase", "Password1234")
                        .param("passphraseConfirm", "Password1234"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Enter your e-mail address", "too common", "value=\"not an email\"");

        html = mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", "ann@example.com")
                        .param("passphrase", "a quiet walk home")
                        .param("passphraseConfirm", "a quiet walk hom"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("The two passphrases are different.");
    }

    @Test
    void the_same_email_cannot_sign_up_twice_in_any_letter_case() throws Exception {
        String email = People.uniqueEmail("ann");
        new People(mvc).signUp(email);
        String html = mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", email.toUpperCase())
                        .param("passphrase", People.PASSPHRASE)
                        .param("passphraseConfirm", People.PASSPHRASE))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("There is already an account with this e-mail.");
    }

    @Test
    void a_passphrase_change_needs_the_current_one_and_signs_out_every_other_session() throws Exception {
        People people = new People(mvc);
        String email = People.uniqueEmail("ann");
        MockHttpSession first = people.signUp(email);
        MockHttpSession second = people.signIn(email, People.PASSPHRASE);
        mvc.perform(get("/history").session(second)).andExpect(status().isOk());

        String wrong = mvc.perform(post("/account/passphrase")
                        .session(first)
                        .with(csrf())
                        .param("current", "not my passphrase")
                        .param("replacement", "a brand new long phrase")
                        .param("replacementConfirm", "a brand new long phrase"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrong).contains("That is not your current passphrase.");

        mvc.perform(post("/account/passphrase")
                        .session(first)
                        .with(csrf())
                        .param("current", People.PASSPHRASE)
                        .param("replacement", "a brand new long phrase")
                        .param("replacementConfirm", "a brand new long phrase"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/history").session(second)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/history").session(first)).andExpect(status().isOk());
        people.signIn(email, "a brand new long phrase");
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", People.PASSPHRASE))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void wrong_passphrases_typed_again_lock_the_account_like_wrong_sign_ins_even_for_the_right_one() throws Exception {
        String email = People.uniqueEmail("ann");
        MockHttpSession ann = new People(mvc).signUp(email);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/account/tokens")
                            .session(ann)
                            .with(csrf())
                            .param("name", "script")
                            .param("scope", "read")
                            .param("lifetimeDays", "30")
                            .param("passphrase", "guess " + i))
                    .andExpect(status().isUnprocessableEntity());
            mvc.perform(post("/account/passphrase")
                            .session(ann)
                            .with(csrf())
                            .param("current", "other guess " + i)
                            .param("replacement", "a brand new long phrase")
                            .param("replacementConfirm", "a brand new long phrase"))
                    .andExpect(status().isUnprocessableEntity());
        }
        mvc.perform(post("/account/delete")
                        .session(ann)
                        .with(csrf())
                        .param("confirm", "DELETE")
                        .param("passphrase", "last guess"))
                .andExpect(status().isUnprocessableEntity());

        String refused = mvc.perform(post("/account/delete")
                        .session(ann)
                        .with(csrf())
                        .param("confirm", "DELETE")
                        .param("passphrase", People.PASSPHRASE))
                .andExpect(status().isTooManyRequests())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(refused).contains("Too many wrong passphrases. Please wait a minute and try again.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = :e")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", People.PASSPHRASE))
                .andExpect(forwardedUrl("/login/throttled"));
    }

    @Test
    void preferences_are_validated_and_saved() throws Exception {
        MockHttpSession ann = new People(mvc).signUp(People.uniqueEmail("ann"));
        String html = mvc.perform(post("/account/preferences")
                        .session(ann)
                        .with(csrf())
                        .param("timeZone", "Mars/Olympus")
                        .param("dayBoundary", "23:00"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Choose a time zone from the list.", "Choose a time between 00:00 and 12:00.");
        mvc.perform(post("/account/preferences")
                        .session(ann)
                        .with(csrf())
                        .param("timeZone", "America/New_York")
                        .param("dayBoundary", "04:00:00.000000001"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/account/preferences")
                        .session(ann)
                        .with(csrf())
                        .param("timeZone", "America/New_York")
                        .param("dayBoundary", "06:00"))
                .andExpect(redirectedUrl("/account"));
        html = mvc.perform(get("/account").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .containsPattern("value=\"America/New_York\"[^>]*selected")
                .containsPattern("value=\"06:00\"[^>]*selected");
    }

    @Test
    void deleting_the_account_needs_the_passphrase_and_removes_every_row_of_that_person_only() throws Exception {
        People people = new People(mvc);
        String email = People.uniqueEmail("ann");
        MockHttpSession ann = people.signUp(email);
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        String url = people.recordHeelAndCalf(ann);
        mvc.perform(People.checkIn(url, ann).param("overallPain", "2")).andExpect(redirectedUrl("/history"));
        people.recordHeelAndCalf(bob);
        String annId = jdbc.sql("SELECT id FROM account WHERE email = :e")
                .param("e", email)
                .query(String.class)
                .single();
        jdbc.sql("INSERT INTO invitation (id, account_id, token_hash, created_at, expires_at)"
                        + " VALUES ('22222222-2222-2222-2222-222222222222', :a, 'h', 'x', 'y')")
                .param("a", annId)
                .update();
        mvc.perform(post("/reminders")
                        .session(ann)
                        .with(csrf())
                        .param("days", "1")
                        .param("time1", "20:00"))
                .andExpect(redirectedUrl("/reminders"));
        mvc.perform(post("/reminders/calendar").session(ann).with(csrf())).andExpect(status().is3xxRedirection());
        // 1 account + 2 versions of the check-in + 2 sites and 3 descriptors (first version) + 1 invitation
        // + reminder settings + the calendar address
        assertThat(rowsOf(annId)).isEqualTo(11);

        mvc.perform(post("/account/delete")
                        .session(ann)
                        .with(csrf())
                        .param("passphrase", "wrong")
                        .param("confirm", "DELETE"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(rowsOf(annId)).isEqualTo(11);

        mvc.perform(post("/account/delete")
                        .session(ann)
                        .with(csrf())
                        .param("passphrase", People.PASSPHRASE)
                        .param("confirm", "DELETE"))
                .andExpect(redirectedUrl("/login?deleted"));

        assertThat(rowsOf(annId)).isZero();
        String emailHash = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(email.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM throttle_event WHERE key_hash = :h")
                        .param("h", emailHash)
                        .query(Long.class)
                        .single())
                .as("the wrong passphrase typed before deleting is forgotten with the account")
                .isZero();
        mvc.perform(get("/history").session(bob)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/history").session(bob))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("left heel 7");
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", People.PASSPHRASE))
                .andExpect(redirectedUrl("/login?error"));
    }

    /**
     * Tables of the server itself, holding no one's data: its Web Push key pair, and the throttles' counts by hashed
     * key (an address, or an e-mail, whose rows go with the account: LoginProtection), forgotten within a day, and
     * which server runs a scheduled job now (scheduled_lock); and sign-ups waiting for their mailed code, kept 30
     * minutes at most, before any account exists (pending_signup).
     */
    private static final java.util.Set<String> SERVER_TABLES =
            java.util.Set.of("server_key", "throttle_event", "throttle_lock", "scheduled_lock", "pending_signup");

    /** Rows of the account in every table of the schema that has an account_id (plus the account row itself). */
    private long rowsOf(String accountId) {
        List<String> tables = jdbc.sql(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                + " AND name <> 'flyway_schema_history'")
                .query(String.class)
                .list();
        assertThat(tables).contains("account", "check_in", "check_in_site", "invitation");
        long total = 0;
        for (String table : tables) {
            if (SERVER_TABLES.contains(table)) {
                continue;
            }
            List<String> columns = jdbc.sql("SELECT name FROM pragma_table_info('" + table + "')")
                    .query(String.class)
                    .list();
            String column = table.equals("account") ? "id" : "account_id";
            assertThat(columns).as(table + " carries account_id").contains(column);
            total += jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :a")
                    .param("a", accountId)
                    .query(Long.class)
                    .single();
        }
        return total;
    }
}
