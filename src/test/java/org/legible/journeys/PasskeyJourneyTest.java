package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Passkeys in real Chromium on a phone-sized screen, with Chromium's virtual authenticator standing in for the
 * phone's fingerprint reader: the person adds a passkey, signs out, signs in with it alone, downloads the full
 * export without being asked for the passphrase (a passkey counts as it), confirms it is them with the passkey,
 * removes it, and then the same passkey no longer signs in. Axe and focus-not-hidden run on each new page.
 */
class PasskeyJourneyTest extends PasskeyAddressJourneyTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void a_person_adds_a_passkey_signs_in_with_it_confirms_with_it_and_removes_it() {
        assertThat(port).isEqualTo(PORT);
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "passkeys", p -> {
            fingerprintReader(p);
            newAccount(p, "pia@example.com");

            openFromMore(p, "Account");
            p.getByRole(AriaRole.LINK, named("Stronger sign-in")).last().click();
            p.waitForURL("**/account/sign-in");
            Browser.assertAccessible(p, "stronger sign-in with passkeys");
            Browser.assertFocusNeverHidden(p, "stronger sign-in with passkeys");
            p.getByRole(AriaRole.LINK, named("Add a passkey")).click();
            p.waitForURL("**/account/sign-in/passkeys/new");
            assertThat(p.getByLabel("A name for this passkey").inputValue())
                    .as("a name guessed from the browser")
                    .isEqualTo("Chrome on Linux");
            Browser.assertAccessible(p, "add a passkey");
            Browser.assertFocusNeverHidden(p, "add a passkey");
            Browser.assertNoHorizontalScroll(p, "add a passkey on a phone");
            p.getByLabel("A name for this passkey").fill("My phone");
            p.getByRole(AriaRole.BUTTON, named("Make the passkey")).click();
            p.waitForURL("**/account/sign-in?passkeyAdded");
            assertThat(p.locator("main [role=status]").textContent()).contains("Your passkey is added");
            assertThat(p.locator("#main").textContent()).contains("My phone", "not used yet");
            Browser.screenshot(p, "passkey-added");

            signOut(p);
            p.waitForURL("**/login?signedOut");
            Browser.assertAccessible(p, "sign-in with a passkey button");
            Browser.screenshot(p, "sign-in-with-passkey");
            p.getByLabel("Keep me signed in on this device").check();
            p.getByRole(AriaRole.BUTTON, named("Sign in with a passkey")).click();
            p.waitForURL(url("/"));
            assertThat(p.locator("h1").textContent()).isNotEqualTo("Sign in");

            openFromMore(p, "Account");
            var download = p.waitForDownload(() -> p.getByRole(AriaRole.LINK, named("Download everything (JSON)"))
                    .click());
            assertThat(download.suggestedFilename())
                    .as("the passkey counts as the passphrase just typed")
                    .endsWith(".json");

            p.context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("LEGIBLE_SESSION"));
            p.navigate(url("/account"));
            assertThat(p.locator("h1").textContent())
                    .as("the box ticked before the passkey keeps this device signed in")
                    .isEqualTo("Account");
            p.navigate(url("/account/sign-in/passkeys/new"));
            p.waitForURL("**/account/confirm?next=**");
            assertThat(p.locator("h1").textContent())
                    .as("a kept device is not a passkey used just now")
                    .isEqualTo("Confirm it is you");
            Browser.assertAccessible(p, "confirm with a passkey");
            p.getByRole(AriaRole.BUTTON, named("Use a passkey instead")).click();
            p.waitForURL(url("/account/sign-in/passkeys/new"));
            p.navigate(url("/account/sign-in"));
            assertThat(p.locator("#main").textContent()).contains("My phone", "last used");

            p.getByRole(AriaRole.BUTTON, named("Remove the passkey My phone")).click();
            p.waitForURL("**/account/sign-in");
            assertThat(p.locator("#main").textContent())
                    .contains("That passkey is removed")
                    .doesNotContain("My phone");

            signOut(p);
            p.waitForURL("**/login?signedOut");
            p.getByRole(AriaRole.BUTTON, named("Sign in with a passkey")).click();
            assertThat(p.getByRole(AriaRole.ALERT).textContent())
                    .as("the authenticator still has it, but Legible no longer knows it")
                    .contains("That passkey did not sign you in");
            assertThat(p.url()).contains("/login");
            assertThat(browser.cspViolations).isEmpty();
        });
    }
}
