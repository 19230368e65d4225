package org.legible.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Keep me signed in on this device": opt-in at sign-in, 30 days from the last use, listed on the account page and
 * signed out from there, by signing out on it, or by a passphrase change elsewhere; and the whole-record pages still
 * ask for the passphrase when it was not typed in the last ten minutes.
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class StaySignedInTest {

    private static final String PHONE =
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/131.0 Mobile Safari/537.36";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private People people;
    private String email;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
        people = new People(mvc);
        email = People.uniqueEmail("ann");
        people.signUp(email);
    }

    private MvcResult signIn(boolean remember) throws Exception {
        var request = post("/login")
                .with(csrf())
                .header("User-Agent", PHONE)
                .param("username", email)
                .param("password", People.PASSPHRASE);
        if (remember) {
            request.param("remember", "on");
        }
        return mvc.perform(request).andReturn();
    }

    private Cookie rememberedPhone() throws Exception {
        Cookie cookie = signIn(true).getResponse().getCookie("LEGIBLE_DEVICE");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    /** A request from the phone after its session has gone: only the device cookie. */
    private MockHttpServletResponse open(String path, Cookie device) throws Exception {
        return mvc.perform(get(path).cookie(device)).andReturn().getResponse();
    }

    @Test
    void without_the_choice_nothing_is_remembered() throws Exception {
        assertThat(signIn(false).getResponse().getCookie("LEGIBLE_DEVICE")).isNull();
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("Keep me signed in on this device", "30 days after you last use it");
    }

    @Test
    void a_remembered_phone_opens_signed_in_for_30_days_after_its_last_use_and_not_a_day_more() throws Exception {
        Cookie phone = rememberedPhone();
        assertThat(phone.isHttpOnly()).isTrue();
        assertThat(phone.getMaxAge()).isEqualTo((int) Duration.ofDays(30).toSeconds());
        String secret = new String(Base64.getDecoder().decode(phone.getValue()), StandardCharsets.UTF_8).split(":")[1];
        assertThat(jdbc.sql("SELECT token_hash FROM remembered_device")
                        .query(String.class)
                        .list())
                .as("only a hash of the secret is kept")
                .doesNotContain(secret)
                .isNotEmpty();

        clock.advance(Duration.ofDays(29));
        MockHttpServletResponse today = open("/", phone);
        assertThat(today.getStatus()).isEqualTo(200);
        assertThat(today.getContentAsString()).contains("How are your legs and feet today?");

        clock.advance(Duration.ofDays(29));
        assertThat(open("/", phone).getStatus())
                .as("each use starts the 30 days again")
                .isEqualTo(200);

        clock.advance(Duration.ofDays(31));
        assertThat(open("/", phone).getRedirectedUrl()).isEqualTo("/login");
        assertThat(open("/", phone).getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void the_account_page_lists_each_device_and_signs_one_out() throws Exception {
        Cookie phone = rememberedPhone();
        MockHttpSession laptop = people.signIn(email, People.PASSPHRASE);
        String page = mvc.perform(get("/account").session(laptop))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Devices you stay signed in on", "Chrome on Android, last used 1 May 2026, 10:00");
        assertThat(open("/account", phone).getContentAsString()).contains("Chrome on Android (this one)");

        String id = page.replaceAll("(?s).*/account/devices/([0-9a-f-]{36})/remove.*", "$1");
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        mvc.perform(post("/account/devices/" + id + "/remove").session(bob).with(csrf()));
        assertThat(open("/", phone).getStatus())
                .as("someone else cannot sign it out")
                .isEqualTo(200);

        mvc.perform(post("/account/devices/" + id + "/remove").session(laptop).with(csrf()));
        assertThat(open("/", phone).getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void signing_out_on_the_device_or_changing_the_passphrase_elsewhere_ends_it() throws Exception {
        Cookie phone = rememberedPhone();
        MvcResult opened = mvc.perform(get("/").cookie(phone)).andReturn();
        MockHttpSession session = (MockHttpSession) opened.getRequest().getSession(false);
        mvc.perform(post("/logout").session(session).cookie(phone).with(csrf()));
        assertThat(open("/", phone).getRedirectedUrl()).isEqualTo("/login");

        Cookie again = rememberedPhone();
        MockHttpSession phoneSession = (MockHttpSession)
                mvc.perform(get("/").cookie(again)).andReturn().getRequest().getSession(false);
        MockHttpSession laptop = people.signIn(email, People.PASSPHRASE);
        mvc.perform(post("/account/passphrase")
                .session(laptop)
                .with(csrf())
                .param("current", People.PASSPHRASE)
                .param("replacement", "a new and longer passphrase")
                .param("replacementConfirm", "a new and longer passphrase"));
        assertThat(open("/", again).getRedirectedUrl()).isEqualTo("/login");
        assertThat(mvc.perform(get("/").session(phoneSession))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the session the phone had open ends too")
                .startsWith("/login");
    }

    @Test
    void a_whole_record_export_asks_for_the_passphrase_unless_it_was_typed_in_the_last_ten_minutes() throws Exception {
        Cookie phone = rememberedPhone();
        clock.advance(Duration.ofHours(2));
        MvcResult opened = mvc.perform(get("/").cookie(phone)).andReturn();
        MockHttpSession session = (MockHttpSession) opened.getRequest().getSession(false);

        MockHttpServletResponse export = mvc.perform(get("/export/legible.json").session(session))
                .andReturn()
                .getResponse();
        assertThat(export.getRedirectedUrl())
                .as("a remembered device never counts as typing the passphrase")
                .isEqualTo("/account/confirm?next=/export/legible.json");

        MockHttpServletResponse wrong = mvc.perform(post("/account/confirm")
                        .session(session)
                        .with(csrf())
                        .param("passphrase", "not it")
                        .param("next", "/export/legible.json"))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("That passphrase is not right.");

        String confirmed = mvc.perform(post("/account/confirm")
                        .session(session)
                        .with(csrf())
                        .param("passphrase", People.PASSPHRASE)
                        .param("next", "/export/legible.json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(confirmed).contains("href=\"/export/legible.json\"", "Continue");
        assertThat(mvc.perform(get("/export/legible.json").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        clock.advance(Duration.ofMinutes(11));
        assertThat(mvc.perform(get("/export/legible-csv.zip").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account/confirm?next=/export/legible-csv.zip");
    }

    @Test
    void the_confirm_page_only_ever_continues_to_this_site_and_five_wrong_tries_end_the_session() throws Exception {
        MockHttpSession session = people.signIn(email, People.PASSPHRASE);
        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
            String page = mvc.perform(post("/account/confirm")
                            .session(session)
                            .with(csrf())
                            .param("passphrase", People.PASSPHRASE)
                            .param("next", elsewhere))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("href=\"/account\"").doesNotContain("evil.example");
        }
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/account/confirm").session(session).with(csrf()).param("passphrase", "guess " + i));
        }
        assertThat(mvc.perform(post("/account/confirm")
                                .session(session)
                                .with(csrf())
                                .param("passphrase", "guess 5"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
    }
}
