package org.legible.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser journey shares: the whole application on a random port and one Chromium for the class,
 * closed after it. Each journey adds only its own data and steps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class JourneyTest {

    @LocalServerPort
    int port;

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens the sign-up page, creates the account and waits for Today. */
    void newAccount(Page page, String email) {
        page.navigate(url("/signup"));
        signUp(page, email);
        page.waitForURL("**/?welcome");
    }

    /** Fills in the sign-up form the page is on and sends it; every journey's person uses the same passphrase. */
    static void signUp(Page page, String email) {
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Passphrase", new Page.GetByLabelOptions().setExact(true))
                .fill(PASSPHRASE);
        page.getByLabel("Passphrase again").fill(PASSPHRASE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
    }

    static final String PASSPHRASE = "slow walks by the river";

    interface Step {
        void run(Page page);
    }

    /** Runs a journey's steps; a failure leaves a screenshot named after it under target/screenshots. */
    static void journey(Page page, String name, Step step) {
        try {
            step.run(page);
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-" + name, e);
            throw e;
        }
    }

    /** Opens a part of Legible that is not in the navigation bar: through More, as a person would. */
    static void openFromMore(Page page, String name) {
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("More"))
                .click();
        page.waitForURL("**/more");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
    }

    /** Signs out from the More page, where the button is. */
    static void signOut(Page page) {
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("More"))
                .click();
        page.waitForURL("**/more");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
    }
}
