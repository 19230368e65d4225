package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/**
 * A person shares their report and the days behind it with a clinician in real Chromium at phone size: the clinician
 * opens the link in a browser of their own with the passcode, reads the report, opens the days behind a figure and
 * the patterns, and downloads the PDF; the person ends the share, the
 * clinician's reload says it has ended, and the access log lists each step. Every page passes axe.
 */
class SharingJourneyTest extends JourneyTest {

    /** The code an authenticator app shows for this secret now. */
    private static String codeNow(String secret) {
        try {
            return new TimeBasedOneTimePasswordGenerator()
                    .generateOneTimePasswordString(
                            new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"),
                            java.time.Instant.now(),
                            java.util.Locale.ROOT);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void share_with_a_clinician_who_opens_it_with_the_passcode_then_end_it_and_read_who_opened_what() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "sharing", p -> {
            newAccount(p, "sharer@example.com");
            p.navigate(url("/check-ins/new"));
            p.getByRole(AriaRole.GROUP, named("Map of both legs and feet"))
                    .getByRole(
                            AriaRole.CHECKBOX,
                            new Locator.GetByRoleOptions().setName("left heel").setExact(true))
                    .click();
            p.locator("[data-site-row='heel-left'] input[value='6']").check();
            p.locator("#overallPain input[value='5']").check();
            p.locator("#check-in-form .form-actions button").click();
            p.waitForURL("**/history");

            openFromMore(p, "Share with a clinician");
            p.waitForURL("**/sharing");
            assertThat(p.locator("main").textContent()).contains("You have not shared anything yet.");
            Browser.assertAccessible(p, "sharing, none yet");
            p.getByRole(AriaRole.LINK, named("Share your report")).click();
            if (p.url().contains("/account/confirm")) {
                p.getByLabel("Passphrase").fill(PASSPHRASE);
                p.getByRole(AriaRole.BUTTON, named("Confirm")).click();
            }
            p.waitForURL("**/sharing/new");
            assertThat(p.locator("h1").textContent()).isEqualTo("First, protect your sign-in");
            Browser.assertAccessible(p, "asked for a stronger sign-in");
            p.getByRole(AriaRole.LINK, named("Set up one-time codes first")).click();
            p.waitForURL("**/account/sign-in/codes?next=**");
            Browser.assertAccessible(p, "one-time code set-up");
            Browser.assertNoHorizontalScroll(p, "one-time code set-up on a phone");
            assertThat(Browser.assertFocusNeverHidden(p, "one-time code set-up"))
                    .as("the app link, the code field, the button and the way out visited")
                    .isGreaterThanOrEqualTo(4);
            assertThat(p.getByRole(AriaRole.IMG, named("QR code to add Legible to your authenticator app"))
                            .boundingBox()
                            .width)
                    .isGreaterThan(200);
            String secret = p.locator("#secret").textContent().replace(" ", "");
            p.getByLabel("The six digits the app now shows for Legible").fill(codeNow(secret));
            Browser.screenshot(p, "one-time-codes");
            p.getByRole(AriaRole.BUTTON, named("Turn on one-time codes")).click();
            assertThat(p.locator("h1").textContent()).isEqualTo("Your recovery codes");
            assertThat(p.locator(".recovery-codes li").count()).isEqualTo(10);
            String recoveryCode =
                    p.locator(".recovery-codes li").first().textContent().strip();
            Browser.assertAccessible(p, "recovery codes");
            p.getByRole(AriaRole.LINK, named("I have kept them")).click();
            p.waitForURL("**/sharing/new");
            Browser.assertAccessible(p, "new share");
            Browser.assertNoHorizontalScroll(p, "new share on a phone");
            assertThat(Browser.assertFocusNeverHidden(p, "new share"))
                    .as("every control of the form visited")
                    .isGreaterThan(8);
            p.getByLabel("Who is it for?").fill("Dr Lee, rheumatology");
            p.getByLabel("Your report, the days behind it and your patterns").check();
            p.getByLabel("The link works for").selectOption("14");
            p.getByLabel("A passcode (optional)").fill("river stones 7");
            Browser.screenshot(p, "sharing-new");
            p.getByRole(AriaRole.BUTTON, named("Make the link")).click();
            p.waitForURL("**/sharing");
            String link = p.getByRole(AriaRole.TEXTBOX, named("Link")).inputValue();
            assertThat(p.getByRole(AriaRole.IMG, named("QR code of the link")).boundingBox().width)
                    .as("a QR code big enough for a camera across a desk")
                    .isGreaterThan(200);
            assertThat(link).startsWith(url("/shared/"));
            assertThat(p.locator("main").textContent()).contains("Dr Lee, rheumatology", "Asks for your passcode.");
            Browser.assertAccessible(p, "sharing with the new link");
            Browser.screenshot(p, "sharing-created");

            Page clinician = browser.page(new NewContextOptions().setViewportSize(390, 844));
            journey(clinician, "sharing-clinician", c -> {
                c.navigate(link);
                assertThat(c.locator("h1").textContent()).isEqualTo("Type the passcode");
                Browser.assertAccessible(c, "shared report's passcode");
                c.getByLabel("Passcode").fill("river stones 7");
                c.getByRole(AriaRole.BUTTON, named("Open the report")).click();
                c.waitForURL(link);
                assertThat(c.locator("h1").textContent()).isEqualTo("A report shared with you");
                assertThat(c.locator(".report-sheet").textContent()).contains("left heel");
                assertThat(c.locator(".tab-bar").count())
                        .as("none of the person's own pages")
                        .isZero();
                Browser.assertAccessible(c, "shared report");
                Browser.assertNoHorizontalScroll(c, "shared report on a phone");
                Browser.screenshot(c, "shared-report");

                c.locator(".report-sheet")
                        .getByRole(
                                AriaRole.LINK, new Locator.GetByRoleOptions().setName("left heel one day (mean 6.0)"))
                        .click();
                c.waitForURL("**/days?site=heel-left");
                assertThat(c.locator("h1").textContent()).isEqualTo("The days behind the report");
                assertThat(c.locator("main").textContent())
                        .contains("Days when the left heel hurt", "One day with a check-in.", "left heel");
                Browser.assertAccessible(c, "the days behind a figure");
                Browser.assertNoHorizontalScroll(c, "the days behind a figure on a phone");
                Browser.screenshot(c, "shared-days");
                c.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("In this share"))
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Patterns"))
                        .click();
                c.waitForURL("**/patterns");
                assertThat(c.locator("h1").textContent()).isEqualTo("What the diary may point to");
                Browser.assertAccessible(c, "shared patterns");
                Browser.assertNoHorizontalScroll(c, "shared patterns on a phone");
                c.getByRole(AriaRole.LINK, named("Report")).click();
                c.waitForURL(link);
                var download = c.waitForDownload(
                        () -> c.getByRole(AriaRole.LINK, named("Download PDF")).click());
                assertThat(download.suggestedFilename())
                        .startsWith("legible-report-")
                        .endsWith(".pdf");
            });

            p.navigate(url("/sharing"));
            p.getByRole(AriaRole.LINK, named("Change the share for Dr Lee, rheumatology"))
                    .click();
            p.waitForURL("**/sharing/*/edit");
            assertThat(p.locator("h1").textContent()).isEqualTo("Change this share");
            Browser.assertAccessible(p, "change a share");
            Browser.assertFocusNeverHidden(p, "change a share");
            Browser.assertNoHorizontalScroll(p, "change a share on a phone");
            p.getByLabel("From today, the link works for").selectOption("30");
            p.getByRole(AriaRole.BUTTON, named("Save the changes")).click();
            p.waitForURL("**/sharing");
            assertThat(p.locator("main").textContent())
                    .contains("The share for Dr Lee, rheumatology is changed.", "Asks for your passcode.");

            p.getByRole(AriaRole.BUTTON, named("End the share \"Dr Lee, rheumatology\" now"))
                    .click();
            p.waitForURL("**/sharing");
            assertThat(p.locator("main").textContent()).contains("The share has ended.", "You ended it on");

            journey(clinician, "sharing-clinician-ended", c -> {
                c.reload();
                assertThat(c.locator("h1").textContent()).isEqualTo("This share has ended");
                assertThat(c.locator("main").textContent()).doesNotContain("left heel");
                Browser.assertAccessible(c, "ended share");
            });

            p.getByRole(AriaRole.LINK, named("Who opened what")).click();
            p.waitForURL("**/access-log");
            assertThat(p.locator("table").textContent())
                    .contains(
                            "Dr Lee, rheumatology",
                            "Opened the report",
                            "Opened the days behind the report",
                            "Opened the patterns",
                            "Downloaded the PDF");
            Browser.assertAccessible(p, "access log");
            Browser.screenshot(p, "access-log");

            // Signing in again takes the second step; without the phone, a recovery code.
            signOut(p);
            p.waitForURL("**/login?signedOut");
            p.getByLabel("E-mail").fill("sharer@example.com");
            p.getByLabel("Passphrase").fill(PASSPHRASE);
            p.getByRole(AriaRole.BUTTON, named("Sign in")).click();
            p.waitForURL("**/login/code");
            Browser.assertAccessible(p, "second sign-in step");
            Browser.assertNoHorizontalScroll(p, "second sign-in step on a phone");
            p.getByLabel("Code").fill(recoveryCode);
            Browser.screenshot(p, "second-step");
            p.getByRole(AriaRole.BUTTON, named("Sign in")).click();
            p.waitForURL(url("/"));
            assertThat(p.locator(".recovery-notice").textContent())
                    .contains("You signed in with a recovery code. You have 9 left.");
            Browser.assertAccessible(p, "today after a recovery code");
            p.getByRole(AriaRole.LINK, named("Stronger sign-in")).click();
            p.waitForURL("**/account/sign-in");
            assertThat(p.locator("main").textContent()).contains("One-time codes are on", "9 unused recovery codes");
            Browser.assertAccessible(p, "stronger sign-in");
            Browser.assertNoHorizontalScroll(p, "stronger sign-in on a phone");
        });
    }
}
