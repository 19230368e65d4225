package org.legible.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The passkey addresses of Spring Security's WebAuthn support, through the real security chains: what a browser is
 * told to ask the authenticator for, who may start adding a passkey (only a signed-in person whose passphrase is from
 * the last ten minutes), that nothing else of the WebAuthn filters is open, and that a malformed passkey answer is
 * refused without a 500. The whole ceremony with an authenticator runs in Chromium (journeys.PasskeyJourneyTest).
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class PasskeyCeremonyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    People people;
    String email;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-12-06T10:00:00Z"));
        people = new People(mvc);
        email = People.uniqueEmail("ann");
        ann = people.signUp(email);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void adding_a_passkey_asks_the_authenticator_for_a_discoverable_key_that_checks_it_is_the_person()
            throws Exception {
        MockHttpServletResponse options =
                send(post("/webauthn/register/options").session(ann).with(csrf()));
        assertThat(options.getStatus()).isEqualTo(200);
        assertThat(options.getContentAsString())
                .contains("\"id\":\"localhost\"", "\"name\":\"Legible\"", "\"name\":\"" + email + "\"")
                .contains("\"residentKey\":\"required\"", "\"userVerification\":\"required\"")
                .contains("\"challenge\":");
        assertThat(options.getHeader("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void only_a_signed_in_person_with_a_recent_passphrase_may_add_one() throws Exception {
        assertThat(send(post("/webauthn/register/options").with(csrf())).getStatus())
                .as("signed out: no options")
                .isEqualTo(400);
        assertThat(send(post("/webauthn/register")
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                        .getStatus())
                .as("signed out")
                .isEqualTo(401);
        assertThat(send(post("/webauthn/register/options").session(ann)).getStatus())
                .as("without the form token")
                .isEqualTo(403);

        clock.advance(Duration.ofMinutes(11));
        assertThat(send(post("/webauthn/register")
                                .session(ann)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                        .getStatus())
                .as("the passphrase is 11 minutes old")
                .isEqualTo(403);
        assertThat(send(get("/account/sign-in/passkeys/new").session(ann)).getRedirectedUrl())
                .as("the page sends the person to confirm it is them first")
                .startsWith("/account/confirm?next=/account/sign-in/passkeys/new");

        people.confirmPassphrase(ann);
        send(post("/webauthn/register/options").session(ann).with(csrf()));
        for (String body : new String[] {"", "{", "{}", "{\"publicKey\":{\"label\":\"x\",\"credential\":{}}}"}) {
            assertThat(send(post("/webauthn/register")
                                    .session(ann)
                                    .with(csrf())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(body))
                            .getStatus())
                    .as("confirmed, but no passkey in it: " + body)
                    .isBetween(400, 499);
        }
    }

    @Test
    void anyone_may_ask_to_sign_in_with_a_passkey_and_must_be_checked_by_their_device() throws Exception {
        MockHttpServletResponse options =
                send(post("/webauthn/authenticate/options").with(csrf()));
        assertThat(options.getStatus()).isEqualTo(200);
        assertThat(options.getContentAsString())
                .contains("\"rpId\":\"localhost\"", "\"userVerification\":\"required\"", "\"challenge\":");
    }

    @Test
    void nothing_else_of_the_webauthn_filters_is_open() throws Exception {
        assertThat(send(get("/webauthn/register").session(ann)).getStatus())
                .as("Spring's own registration page is off")
                .isEqualTo(403);
        assertThat(send(delete("/webauthn/register/AQID").session(ann).with(csrf()))
                        .getStatus())
                .as("passkeys are removed by the account page's form, which asks for the passphrase")
                .isEqualTo(403);
        assertThat(send(get("/login/webauthn.js").session(ann)).getStatus()).isEqualTo(404);
        assertThat(send(get("/webauthn/anything")).getStatus()).isEqualTo(401);
    }

    @Test
    void a_malformed_or_unknown_passkey_answer_is_refused_without_a_500() throws Exception {
        send(post("/webauthn/authenticate/options").session(ann).with(csrf()));
        for (String body : new String[] {
            "",
            "{",
            "{}",
            "[1,2]",
            "{\"id\":\"AQID\",\"rawId\":\"AQID\",\"response\":{\"authenticatorData\":\"AQID\","
                    + "\"clientDataJSON\":\"AQID\",\"signature\":\"AQID\"},\"credType\":\"public-key\","
                    + "\"clientExtensionResults\":{}}",
            "{\"id\":\"" + "A".repeat(20_000) + "\"}"
        }) {
            MockHttpServletResponse refused = send(post("/login/webauthn")
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body));
            assertThat(refused.getStatus())
                    .as(body.length() > 80 ? "a long id" : body)
                    .isEqualTo(401);
        }
        assertThat(send(get("/account").session(ann)).getStatus())
                .as("a failed passkey does not end the session it was sent from")
                .isEqualTo(200);
    }

    @Test
    void the_pages_offer_passkeys_only_at_the_address_they_belong_to() throws Exception {
        MockHttpSession signedOut = new MockHttpSession();
        String here = send(get("/login").session(signedOut).with(request -> {
                    request.setServerPort(8080);
                    return request;
                }))
                .getContentAsString();
        assertThat(here).contains("Sign in with a passkey", "/static/js/passkeys-");
        String elsewhere = send(get("/login").session(signedOut)).getContentAsString();
        assertThat(elsewhere).doesNotContain("Sign in with a passkey", "passkeys.js");

        String page = send(get("/account/sign-in").session(ann)).getContentAsString();
        assertThat(page)
                .contains("Passkeys work only when Legible is opened at http://localhost:8080")
                .as("the page's count of recovery codes is not taken for having just used one")
                .doesNotContain("You signed in with a recovery code")
                .doesNotContain("Add a passkey</a>");
        String atHome = send(get("/account/sign-in").session(ann).with(request -> {
                    request.setServerPort(8080);
                    return request;
                }))
                .getContentAsString();
        assertThat(atHome).contains("Add a passkey</a>").doesNotContain("Passkeys work only");
    }
}
