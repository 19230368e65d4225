package org.legible.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The default: the first visitor creates the administrator account; after that, sign-up is by invitation. */
@LegibleTest
@TestPropertySource(properties = "legible.signup=closed")
class ClosedSignupTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_first_visit_creates_the_administrator_then_only_invited_people_can_join() throws Exception {
        mvc.perform(get("/login")).andExpect(redirectedUrl("/signup"));
        String first = mvc.perform(get("/signup")).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("This is a new Legible.");
        People people = new People(mvc);
        MockHttpSession admin = people.signUp(People.uniqueEmail("admin"));

        mvc.perform(get("/signup")).andExpect(status().isForbidden());
        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", "uninvited@example.com")
                        .param("passphrase", People.PASSPHRASE)
                        .param("passphraseConfirm", People.PASSPHRASE))
                .andExpect(status().isForbidden());
        mvc.perform(get("/login")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/account").session(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Sign-up is closed.")
                .doesNotContain("Sign-up is open");

        String link =
                (String) mvc.perform(post("/account/invitations").session(admin).with(csrf()))
                        .andExpect(redirectedUrl("/account"))
                        .andReturn()
                        .getFlashMap()
                        .get("invitationLink");
        String token = link.substring(link.indexOf("invite=") + "invite=".length());
        mvc.perform(get("/signup").param("invite", token)).andExpect(status().isOk());
        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", "invited@example.com")
                        .param("passphrase", People.PASSPHRASE)
                        .param("passphraseConfirm", People.PASSPHRASE)
                        .param("invite", token))
                .andExpect(redirectedUrl("/?welcome"));

        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", "second@example.com")
                        .param("passphrase", People.PASSPHRASE)
                        .param("passphraseConfirm", People.PASSPHRASE)
                        .param("invite", token))
                .andExpect(status().isForbidden());

        MockHttpSession invited = people.signIn("invited@example.com", People.PASSPHRASE);
        mvc.perform(post("/account/invitations").session(invited).with(csrf())).andExpect(status().isForbidden());
    }
}
