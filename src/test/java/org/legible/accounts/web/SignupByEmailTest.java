package org.legible.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legible.accounts.Accounts;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.legible.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Open sign-up with e-mail configured (a real SMTP server, GreenMail): the page answers alike whether or not the
 * address has an account, and the account is created only with the code mailed to the address.
 */
@LegibleTest
class SignupByEmailTest {

    private static final TestMailServer smtp = new TestMailServer();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void startMail() {
        smtp.start();
    }

    @AfterAll
    static void stopMail() {
        smtp.stop();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        smtp.configure(properties);
    }

    private MockHttpServletResponse signUp(MockHttpSession session, String email) throws Exception {
        if (!accounts.anyAccountExists()) {
            accounts.register(People.uniqueEmail("first"), People.PASSPHRASE, ZoneId.of("UTC"), null);
        }
        return mvc.perform(post("/signup")
                        .session(session)
                        .with(csrf())
                        .param("email", email)
                        .param("passphrase", People.PASSPHRASE)
                        .param("passphraseConfirm", People.PASSPHRASE)
                        .param("timeZone", "Europe/London"))
                .andReturn()
                .getResponse();
    }

    private List<MimeMessage> mailTo(String email) {
        return smtp.to(email);
    }

    private String codePage(MockHttpSession session) throws Exception {
        return mvc.perform(get("/signup/code").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The page with what must differ (the address typed, each session's CSRF token) taken out. */
    private static String sameFor(String page, String email) {
        return page.replace(email, "ADDRESS").replaceAll("(value|content)=\"[^\"]{30,}\"", "$1=\"TOKEN\"");
    }

    private MockHttpServletResponse typeCode(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/signup/code").session(session).with(csrf()).param("code", code))
                .andReturn()
                .getResponse();
    }

    @Test
    void a_new_address_gets_a_code_and_the_account_only_with_it() throws Exception {
        String email = People.uniqueEmail("new");
        MockHttpSession session = new MockHttpSession();

        MockHttpServletResponse asked = signUp(session, email);

        assertThat(asked.getRedirectedUrl()).isEqualTo("/signup/code");
        assertThat(accounts.findByEmail(email))
                .as("nothing is created before the code")
                .isEmpty();
        assertThat(codePage(session)).contains("We sent an e-mail to " + email);
        List<MimeMessage> mail = mailTo(email);
        assertThat(mail).hasSize(1);
        String body = GreenMailUtil.getBody(mail.get(0));
        Matcher code = Pattern.compile("is (\\d{8})\\.").matcher(body);
        assertThat(code.find()).as(body).isTrue();
        assertThat(body).doesNotContain("http");

        MockHttpServletResponse wrong = typeCode(session, "00000000".equals(code.group(1)) ? "11111111" : "00000000");
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("That is not the code in the e-mail. 4 more tries");
        assertThat(wrong.getContentAsString())
                .as("the error summary, first on the page, links to the field")
                .containsPattern(
                        "id=\"error-summary\"[^>]*>\\s*<h2>Please check one answer</h2>\\s*<ul><li><a href=\"#code\">");
        assertThat(wrong.getContentAsString())
                .as("what was typed is kept, to mend one digit")
                .containsPattern("id=\"code\"[^>]*value=\"(00000000|11111111)\"");

        MockHttpServletResponse right = typeCode(session, code.group(1));
        assertThat(right.getRedirectedUrl()).isEqualTo("/?welcome");
        assertThat(accounts.findByEmail(email)).isPresent();
        assertThat(mvc.perform(get("/history").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("signed in")
                .isEqualTo(200);
    }

    @Test
    void an_address_that_has_an_account_gets_the_same_page_and_its_owner_a_note() throws Exception {
        String taken = People.uniqueEmail("taken");
        accounts.register(taken, People.PASSPHRASE, ZoneId.of("UTC"), null);
        MockHttpSession forTaken = new MockHttpSession();
        MockHttpSession forNew = new MockHttpSession();
        String free = People.uniqueEmail("free");

        MockHttpServletResponse takenAnswer = signUp(forTaken, taken);
        MockHttpServletResponse freeAnswer = signUp(forNew, free);

        assertThat(takenAnswer.getStatus()).isEqualTo(freeAnswer.getStatus());
        assertThat(takenAnswer.getRedirectedUrl()).isEqualTo(freeAnswer.getRedirectedUrl());
        assertThat(sameFor(codePage(forTaken), taken)).isEqualTo(sameFor(codePage(forNew), free));
        assertThat(GreenMailUtil.getBody(mailTo(taken).get(0))).contains("which already has one");
        assertThat(typeCode(forTaken, "12345678").getContentAsString())
                .as("no code can match")
                .contains("That is not the code in the e-mail. 4 more tries");
    }

    @Test
    void five_wrong_codes_end_the_sign_up() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String email = People.uniqueEmail("guess");
        signUp(session, email);
        String code = GreenMailUtil.getBody(mailTo(email).get(0)).replaceAll("(?s).*is (\\d{8})\\..*", "$1");
        String wrong = code.equals("99999999") ? "88888888" : "99999999";
        for (int i = 0; i < 4; i++) {
            assertThat(typeCode(session, wrong).getStatus()).isEqualTo(422);
        }

        MockHttpServletResponse fifth = typeCode(session, wrong);

        assertThat(fifth.getStatus()).isEqualTo(410);
        assertThat(fifth.getContentAsString()).contains("This sign-up has ended");
        assertThat(typeCode(session, code).getRedirectedUrl())
                .as("the right code is no use now")
                .isEqualTo("/signup");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }
}
