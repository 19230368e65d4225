package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A person invites a carer in real Chromium at phone size; the carer opens the link in a browser of their own,
 * creates an account through it, accepts, is asked for a stronger sign-in before helping (adds a passkey and uses
 * it), records a check-in for the person on a bad day and goes back to their own
 * diary; the person sees "entered by" in their history and the carer's check-in in their access log, then removes
 * them, after which the carer has nobody to help and an ended invitation says so. Every page passes axe.
 */
class CarerJourneyTest extends PasskeyAddressJourneyTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void a_carer_records_a_check_in_and_the_person_sees_who_entered_it() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "carer-person", p -> {
            newAccount(p, "helped@example.com");
            openFromMore(p, "Carers");
            p.waitForURL("**/carers");
            Browser.assertAccessible(p, "carers, none yet");
            p.getByRole(AriaRole.LINK, named("Invite a carer")).click();
            if (p.url().contains("/account/confirm")) {
                p.getByLabel("Passphrase").fill(PASSPHRASE);
                p.getByRole(AriaRole.BUTTON, named("Confirm")).click();
            }
            assertThat(p.locator("h1").textContent()).isEqualTo("First, protect your sign-in");
            p.getByRole(AriaRole.LINK, named("Not now, go on")).click();
            p.waitForURL("**/carers/new?stronger=later");
            Browser.assertAccessible(p, "invite a carer");
            Browser.assertNoHorizontalScroll(p, "invite a carer on a phone");
            assertThat(Browser.assertFocusNeverHidden(p, "invite a carer"))
                    .as("every control of the form visited")
                    .isGreaterThanOrEqualTo(4);
            p.getByLabel("Their name, as you want to see it").fill("Sam, my partner");
            p.getByLabel("Record check-ins for me").check();
            p.getByRole(AriaRole.BUTTON, named("Make the invitation link")).click();
            p.waitForURL("**/carers");
            String link =
                    p.getByRole(AriaRole.TEXTBOX, named("Invitation link")).inputValue();
            assertThat(link).startsWith(url("/care/invite/"));
            Browser.assertAccessible(p, "carers with the new invitation");
            Browser.screenshot(p, "carers-invited");
        });

        Page carer = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(carer, "carer-helper", c -> {
            fingerprintReader(c);
            String link =
                    page.getByRole(AriaRole.TEXTBOX, named("Invitation link")).inputValue();
            c.navigate(link);
            assertThat(c.locator("main").textContent()).contains("helped@example.com asks you to help");
            Browser.assertAccessible(c, "an invitation, signed out");
            c.getByRole(AriaRole.LINK, named("Create an account to accept")).click();
            c.waitForURL("**/signup?invite=**");
            signUp(c, "sam@example.com");
            c.waitForURL("**/accept");
            Browser.assertAccessible(c, "an invitation, signed in");
            c.getByRole(AriaRole.BUTTON, named("Accept")).click();
            c.waitForURL("**/care?accepted");
            Browser.assertAccessible(c, "people you help");
            c.getByRole(AriaRole.BUTTON, named("Help helped@example.com")).click();
            c.waitForURL("**/account/sign-in/stronger?**");
            assertThat(c.locator("main").textContent()).contains("Helping someone opens their diary");
            Browser.assertAccessible(c, "a stronger sign-in before helping");
            Browser.assertNoHorizontalScroll(c, "a stronger sign-in before helping on a phone");
            c.getByRole(AriaRole.LINK, named("Add a passkey")).click();
            c.waitForURL("**/account/sign-in/passkeys/new?**");
            c.getByRole(AriaRole.BUTTON, named("Make the passkey")).click();
            c.waitForURL(address -> address.startsWith(url("/account/sign-in/stronger?")));
            Browser.assertAccessible(c, "use the new passkey before helping");
            Browser.assertFocusNeverHidden(c, "use the new passkey before helping");
            c.getByRole(AriaRole.BUTTON, named("Use my passkey")).click();
            c.waitForURL(url("/care"));
            c.getByRole(AriaRole.BUTTON, named("Help helped@example.com")).click();
            c.waitForURL("**/check-ins/new");
            assertThat(c.locator(".helping-banner").textContent()).contains("You are helping helped@example.com.");
            Browser.assertAccessible(c, "a check-in for someone else");
            Browser.assertNoHorizontalScroll(c, "a check-in for someone else on a phone");
            c.getByRole(AriaRole.GROUP, named("Map of both legs and feet"))
                    .getByRole(
                            AriaRole.CHECKBOX,
                            new Locator.GetByRoleOptions().setName("left heel").setExact(true))
                    .click();
            c.locator("[data-site-row='heel-left'] input[value='8']").check();
            c.locator("#overallPain input[value='8']").check();
            Browser.screenshot(c, "carer-check-in");
            c.locator("#check-in-form .form-actions button").click();
            c.waitForURL("**/care?saved");
            assertThat(c.locator("main").textContent()).contains("Check-in saved for them.");
            c.getByRole(AriaRole.BUTTON, named("Back to your own diary"))
                    .first()
                    .click();
            c.waitForURL(url("/"));
            assertThat(c.locator(".helping-banner").count()).isZero();
        });

        journey(page, "carer-person-after", p -> {
            p.navigate(url("/history"));
            assertThat(p.locator("main").textContent()).contains("entered by Sam, my partner");
            Browser.assertAccessible(p, "history with a carer's check-in");
            Browser.screenshot(p, "history-entered-by");
            p.navigate(url("/access-log"));
            assertThat(p.locator("table").textContent())
                    .contains("Carer \"Sam, my partner\"", "Recorded a check-in for you");
            p.navigate(url("/carers"));
            p.getByRole(AriaRole.BUTTON, named("Remove Sam, my partner")).click();
            p.waitForURL("**/carers");
            assertThat(p.locator("main").textContent()).contains("Removed.");
            Browser.assertAccessible(p, "carers after removing one");
        });

        journey(carer, "carer-helper-after", c -> {
            c.navigate(url("/care"));
            assertThat(c.locator("main").textContent())
                    .as("removed: nobody to help any more")
                    .contains("Nobody has invited you to help yet.");
            c.navigate(url("/care/invite/" + "x".repeat(43)));
            assertThat(c.locator("h1").textContent()).isEqualTo("This invitation has ended");
            Browser.assertAccessible(c, "an ended invitation");
        });
    }
}
