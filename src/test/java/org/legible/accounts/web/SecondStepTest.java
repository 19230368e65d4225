package org.legible.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One-time codes as a second sign-in step (RFC 6238), through the real security chain with a fixed clock: set up
 * with the app's first code, then signing in needs the passphrase and a code, a code works once, a recovery code
 * works once, "keep me signed in" waits for the code, wrong codes are throttled, and turning it off goes back.
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class SecondStepTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:10Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    People people;
    String email;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(START);
        people = new People(mvc);
        email = People.uniqueEmail("ann");
        ann = people.signUp(email);
    }

    /** The code an authenticator app shows for this secret at the clock's time. */
    private String codeNow(String secret) throws Exception {
        return new TimeBasedOneTimePasswordGenerator()
                .generateOneTimePasswordString(
                        new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), clock.instant(), Locale.ROOT);
    }

    private MockHttpServletResponse open(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    /** Turns one-time codes on as the person does; returns the secret, and the recovery codes in {@code kept}. */
    private String turnOn(List<String> kept) throws Exception {
        assertThat(open(ann, "/account").getContentAsString()).contains("Stronger sign-in");
        assertThat(open(ann, "/account/sign-in").getContentAsString()).contains("Set up one-time codes");
        String setup = open(ann, "/account/sign-in/codes").getContentAsString();
        assertThat(setup).contains("aria-label=\"QR code to add Legible to your authenticator app\"");
        Matcher shown = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<").matcher(setup);
        assertThat(shown.find()).as("the key to type, in groups").isTrue();
        String secret = shown.group(1).replace(" ", "");
        assertThat(secret).hasSize(32);
        assertThat(setup)
                .as("on the phone itself, a link opens the authenticator app with the same key")
                .contains("href=\"otpauth://totp/Legible%3A" + email.replace("@", "%40") + "?secret=" + secret
                        + "&amp;issuer=Legible");
        assertThat(open(ann, "/account/sign-in/codes").getContentAsString())
                .as("a reload shows the same key")
                .contains(shown.group(1));

        MockHttpServletResponse wrong = mvc.perform(post("/account/sign-in/codes")
                        .session(ann)
                        .with(csrf())
                        .param("code", "000000".equals(codeNow(secret)) ? "111111" : "000000"))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("That code is not right.", shown.group(1));
        assertThat(open(ann, "/account/sign-in").getContentAsString())
                .as("nothing changed")
                .contains("Set up one-time codes");

        MockHttpServletResponse on = mvc.perform(
                        post("/account/sign-in/codes").session(ann).with(csrf()).param("code", codeNow(secret)))
                .andReturn()
                .getResponse();
        assertThat(on.getStatus()).isEqualTo(200);
        assertThat(on.getHeader("Cache-Control")).contains("no-store");
        Matcher codes = Pattern.compile("<code>([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})</code>")
                .matcher(on.getContentAsString());
        while (codes.find()) {
            kept.add(codes.group(1));
        }
        assertThat(kept).as("ten recovery codes, shown once").hasSize(10).doesNotHaveDuplicates();
        assertThat(open(ann, "/account/sign-in").getContentAsString())
                .contains("One-time codes are on", "You have 10 unused recovery codes.");
        // The code that turned them on is used: signing in takes the app's next one.
        clock.advance(Duration.ofSeconds(30));
        return secret;
    }

    /** Types the passphrase on the sign-in form; returns the session, which now waits for a code. */
    private MockHttpSession passphrase(boolean remember) throws Exception {
        var request = post("/login")
                .session(new MockHttpSession())
                .with(csrf())
                .param("username", email)
                .param("password", People.PASSPHRASE);
        if (remember) {
            request.param("remember", "on");
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
        assertThat(result.getResponse().getCookie("LEGIBLE_DEVICE"))
                .as("the passphrase alone keeps no device signed in")
                .isNull();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MvcResult code(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code))
                .andReturn();
    }

    @Test
    void signing_in_needs_the_passphrase_and_a_code_that_works_once() throws Exception {
        String secret = turnOn(new ArrayList<>());

        MockHttpSession waiting = passphrase(false);
        assertThat(open(waiting, "/").getRedirectedUrl())
                .as("not signed in before the code")
                .endsWith("/login");
        assertThat(open(waiting, "/login/code").getContentAsString()).contains("Type your code");
        MvcResult wrong = code(waiting, "12345");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(wrong.getResponse().getContentAsString()).contains("That code is not right.");

        MvcResult right = code(waiting, codeNow(secret));
        assertThat(right.getResponse().getRedirectedUrl())
                .as("back to the page that sent the person to sign in")
                .isEqualTo("http://localhost/?continue");
        MockHttpSession signedIn = (MockHttpSession) right.getRequest().getSession(false);
        assertThat(open(signedIn, "/").getStatus()).isEqualTo(200);

        MockHttpSession again = passphrase(false);
        assertThat(code(again, codeNow(secret)).getResponse().getStatus())
                .as("the same code, seen over a shoulder, does not sign in twice")
                .isEqualTo(422);
        clock.advance(Duration.ofSeconds(30));
        assertThat(code(again, codeNow(secret)).getResponse().getRedirectedUrl())
                .as("the next one does")
                .isEqualTo("/");
    }

    @Test
    void a_recovery_code_signs_in_once_and_says_how_many_are_left() throws Exception {
        List<String> recovery = new ArrayList<>();
        turnOn(recovery);
        MvcResult used =
                code(passphrase(false), recovery.get(3).toLowerCase(Locale.ROOT).replace("-", " "));
        assertThat(used.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession signedIn = (MockHttpSession) used.getRequest().getSession(false);
        assertThat(open(signedIn, "/").getContentAsString())
                .contains("You signed in with a recovery code. You have 9 left.");
        assertThat(code(passphrase(false), recovery.get(3)).getResponse().getStatus())
                .as("once only")
                .isEqualTo(422);
    }

    @Test
    void keep_me_signed_in_waits_for_the_code() throws Exception {
        String secret = turnOn(new ArrayList<>());
        MvcResult right = code(passphrase(true), codeNow(secret));
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie device = right.getResponse().getCookie("LEGIBLE_DEVICE");
        assertThat(device)
                .as("the device is kept signed in once the code is right")
                .isNotNull();
        assertThat(mvc.perform(get("/").cookie(device))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void wrong_codes_make_the_step_wait_and_a_wait_of_five_minutes_starts_over() throws Exception {
        turnOn(new ArrayList<>());
        MockHttpSession waiting = passphrase(false);
        for (int i = 0; i < 5; i++) {
            code(waiting, "abcdef");
        }
        MvcResult refused = code(waiting, "000000");
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getContentAsString()).contains("Too many wrong codes.");

        clock.advance(Duration.ofMinutes(6));
        assertThat(open(waiting, "/login/code").getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    void turned_off_signing_in_needs_only_the_passphrase_again() throws Exception {
        turnOn(new ArrayList<>());
        assertThat(mvc.perform(post("/account/sign-in/codes/off").session(ann).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account/sign-in");
        assertThat(open(ann, "/account/sign-in").getContentAsString()).contains("One-time codes are off.");
        people.signIn(email, People.PASSPHRASE);
        assertThat(open(new MockHttpSession(), "/login/code").getRedirectedUrl())
                .as("with no passphrase typed, there is no code to ask for")
                .isEqualTo("/login?expired");
    }
}
