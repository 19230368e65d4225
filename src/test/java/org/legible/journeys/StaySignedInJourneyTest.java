package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * On a phone in real Chromium: signing in with "Keep me signed in on this device", the session cookie gone (as after
 * the browser was closed for a while), the app opens signed in; the full export then asks for the passphrase first.
 * Axe runs on the sign-in page, the account page with its device list and the confirm page.
 */
class StaySignedInJourneyTest extends JourneyTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void a_remembered_phone_opens_signed_in_and_the_export_still_asks_for_the_passphrase() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        BrowserContext context = page.context();
        try {
            page.navigate(url("/signup"));
            signUp(page, "kim@example.com");
            page.waitForURL("**/?welcome");
            signOut(page);
            page.waitForURL("**/login?signedOut");

            page.getByLabel("E-mail").fill("kim@example.com");
            page.getByLabel("Passphrase").fill(PASSPHRASE);
            page.getByLabel("Keep me signed in on this device").check();
            Browser.assertAccessible(page, "sign-in with keep me signed in");
            page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
            page.waitForURL(url("/"));

            context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("LEGIBLE_SESSION"));
            page.navigate(url("/account"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Account");
            assertThat(page.locator("#devices").textContent()).contains("(this one)");
            Browser.assertAccessible(page, "account with devices");

            page.getByRole(AriaRole.LINK, named("Download everything (JSON)")).click();
            page.waitForURL("**/account/confirm?next=**");
            assertThat(page.locator("h1").textContent()).isEqualTo("Confirm it is you");
            Browser.assertAccessible(page, "confirm passphrase");
            Browser.assertNoHorizontalScroll(page, "confirm passphrase on a phone");
            page.getByLabel("Passphrase").fill(PASSPHRASE);
            page.getByRole(AriaRole.BUTTON, named("Confirm")).click();
            var download = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, named("Continue")).click());
            assertThat(download.suggestedFilename()).endsWith(".json");
            assertThat(browser.cspViolations).isEmpty();
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-stay-signed-in", e);
            throw e;
        }
    }
}
