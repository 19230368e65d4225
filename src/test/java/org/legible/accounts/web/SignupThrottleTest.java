package org.legible.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Open sign-up cannot be used to ask, address after address, who has an account: attempts are limited per address. */
@LegibleTest
@TestPropertySource(properties = {"legible.signup=open", "legible.signup-per-hour=3"})
class SignupThrottleTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse signUp(String email, String from) throws Exception {
        return mvc.perform(post("/signup")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(from);
                            return request;
                        })
                        .param("email", email)
                        .param("passphrase", People.PASSPHRASE)
                        .param("passphraseConfirm", People.PASSPHRASE))
                .andReturn()
                .getResponse();
    }

    @Test
    void past_the_attempts_an_address_may_make_in_an_hour_it_waits_and_others_do_not() throws Exception {
        String taken = People.uniqueEmail("ann");
        assertThat(signUp(taken, "198.51.100.4").getStatus()).isEqualTo(302);
        assertThat(signUp(taken, "198.51.100.4").getStatus()).isEqualTo(422);
        assertThat(signUp("not an address", "198.51.100.4").getStatus()).isEqualTo(422);

        MockHttpServletResponse fourth = signUp(People.uniqueEmail("probe"), "198.51.100.4");

        assertThat(fourth.getStatus()).isEqualTo(429);
        assertThat(fourth.getHeader("Retry-After")).isNotNull();
        assertThat(fourth.getContentAsString())
                .contains("Too many sign-ups from this connection. Please wait 15 minutes and try again.")
                .doesNotContain("There is already an account");
        assertThat(signUp(People.uniqueEmail("bob"), "198.51.100.5").getStatus())
                .isEqualTo(302);
    }
}
