package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.legible.accounts.Accounts;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The only administrator cannot delete their account while others use Legible (no one could invite anyone after), until
 * the host makes another account administrator with the {@code admin} command.
 */
@LegibleTest
// A context of its own, so the first account here is the first of its database and becomes the administrator.
@TestPropertySource(properties = "legible.signup-per-hour=99999")
class LastAdministratorTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    private static MockHttpServletRequestBuilder delete(MockHttpSession session) {
        return post("/account/delete")
                .session(session)
                .with(csrf())
                .param("confirm", "DELETE")
                .param("passphrase", People.PASSPHRASE);
    }

    @Test
    void the_last_administrator_hands_over_before_deleting_their_account() throws Exception {
        People people = new People(mvc);
        String adminEmail = People.uniqueEmail("keeper");
        MockHttpSession admin = people.signUp(adminEmail);
        String bobEmail = People.uniqueEmail("bob");
        people.signUp(bobEmail);

        String page = mvc.perform(get("/account/delete").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("You look after this Legible, and other people use it.")
                .doesNotContain("DELETE");
        mvc.perform(delete(admin)).andExpect(status().isConflict());
        assertThat(accounts.findByEmail(adminEmail)).isPresent();

        AdminCommand command = new AdminCommand(accounts);
        command.run(new DefaultApplicationArguments("admin", bobEmail.toUpperCase(java.util.Locale.ROOT)));

        assertThat(command.getExitCode()).isZero();
        assertThat(accounts.isAdmin(accounts.findByEmail(bobEmail).orElseThrow()))
                .isTrue();
        mvc.perform(delete(admin)).andExpect(redirectedUrl("/login?deleted"));
        assertThat(accounts.findByEmail(adminEmail)).isEmpty();
    }

    @Test
    void the_admin_command_refuses_an_unknown_email() {
        AdminCommand command = new AdminCommand(accounts);
        command.run(new DefaultApplicationArguments("admin", "nobody-at-all@example.com"));
        assertThat(command.getExitCode()).isEqualTo(1);
    }
}
