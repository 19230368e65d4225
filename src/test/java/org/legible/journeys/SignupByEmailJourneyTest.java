package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legible.accounts.Accounts;
import org.legible.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Open sign-up with e-mail, in real Chromium on a phone: the page asking for the mailed code (a real SMTP server,
 * GreenMail) is as readable as any other, a wrong code says so beside the field, and the right one opens Today.
 */
class SignupByEmailJourneyTest extends JourneyTest {

    private static final TestMailServer smtp = new TestMailServer();

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

    @Test
    void a_new_person_types_the_mailed_code_on_a_phone_and_lands_on_today() {
        accounts.register("first@example.com", PASSPHRASE, ZoneId.of("UTC"), null);
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        try {
            page.navigate(url("/signup"));
            signUp(page, "fay@example.com");
            page.waitForURL("**/signup/code");
            assertThat(page.getByText("We sent an e-mail to fay@example.com").isVisible())
                    .isTrue();
            Browser.assertAccessible(page, "the code page");
            Browser.assertNoHorizontalScroll(page, "the code page on a phone");

            String code =
                    GreenMailUtil.getBody(smtp.to("fay@example.com").get(0)).replaceAll("(?s).*is (\\d{8})\\..*", "$1");
            page.getByLabel("The code from the e-mail").fill(code.equals("12345678") ? "87654321" : "12345678");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                    .click();
            assertThat(page.getByText("That is not the code in the e-mail. 4 more tries")
                            .first()
                            .isVisible())
                    .isTrue();
            Browser.assertAccessible(page, "a wrong code");

            page.getByLabel("The code from the e-mail").fill(code);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                    .click();
            page.waitForURL("**/?welcome");
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-signup-code", e);
            throw e;
        }
    }
}
