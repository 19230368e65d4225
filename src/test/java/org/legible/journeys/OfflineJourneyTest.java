package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * On a phone in real Chromium: the app's manifest loads and its service worker takes over; with the network off the
 * blank check-in page opens from the device, a check-in made there waits on the device, and when the network is back
 * it is sent once and shows once in the history. A form sent just as the connection drops is kept too. A person who
 * chose to keep their last check-in on the device can repeat it offline. Axe runs on the offline page.
 */
class OfflineJourneyTest extends JourneyTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** The connection comes back; the next page sends what the device kept, and the history is opened. */
    private void backOnlineUntilSent(BrowserContext context, Page page) {
        context.setOffline(false);
        page.navigate(url("/"));
        page.locator("[data-device-queue-status]")
                .filter(new Locator.FilterOptions().setHasText("was sent"))
                .waitFor();
        page.navigate(url("/history"));
    }

    private static int entries(Page page) {
        return page.locator(".check-in-entry").count();
    }

    @Test
    void a_check_in_made_without_a_connection_waits_on_the_device_and_is_sent_once_when_it_is_back() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        BrowserContext context = page.context();
        try {
            page.navigate(url("/signup"));
            signUp(page, "oli@example.com");
            page.waitForURL("**/?welcome");

            String manifest = (String)
                    page.evaluate(
                            "() => fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json()).then(m => m.display)");
            assertThat(manifest).isEqualTo("standalone");
            Object scope = page.evaluate("() => navigator.serviceWorker.ready.then(r => r.scope)");
            assertThat(scope).isEqualTo(url("/"));
            // The first page the worker controls is the next one loaded.
            page.reload();
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");

            context.setOffline(true);
            page.navigate(url("/check-ins/new"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Check in without a connection");
            assertThat(page.locator("[data-same-as-last]").isVisible())
                    .as("nothing of the last check-in is on the device unless the person chose it")
                    .isFalse();
            page.locator("svg.bodymap-svg")
                    .getByRole(
                            AriaRole.CHECKBOX,
                            new Locator.GetByRoleOptions().setName("left heel").setExact(true))
                    .click();
            page.locator("[data-site-row='heel-left'] input[value='6']").check();
            page.locator("#overallPain input[value='6']").check();
            page.getByRole(AriaRole.BUTTON, named("Keep it on this device")).click();
            Locator waiting = page.locator("[data-device-queue]");
            waiting.waitFor();
            assertThat(waiting.locator("li").count())
                    .as("one check-in waits on the device")
                    .isEqualTo(1);
            assertThat(page.locator("[data-device-queue-status]").textContent())
                    .isEqualTo("One check-in is waiting to send.");
            Browser.assertAccessible(page, "offline check-in");
            Browser.assertNoHorizontalScroll(page, "offline check-in on a phone");
            Browser.screenshot(page, "offline-check-in");

            backOnlineUntilSent(context, page);
            assertThat(entries(page)).as("sent once").isEqualTo(1);
            assertThat(page.locator(".check-in-entry").first().textContent()).contains("left heel 6");
            page.navigate(url("/"));
            page.navigate(url("/history"));
            assertThat(entries(page)).as("and never again").isEqualTo(1);

            // The ordinary form, filled in online, sent just as the connection drops: kept, then sent once.
            page.navigate(url("/check-ins/new"));
            page.locator("#overallPain input[value='3']").check();
            context.setOffline(true);
            page.locator("#check-in-form button[type='submit']:not([name])")
                    .last()
                    .click();
            page.waitForURL("**/check-ins/offline?kept");
            page.locator("[data-device-queue] li").first().waitFor();
            backOnlineUntilSent(context, page);
            assertThat(entries(page)).isEqualTo(2);
            assertThat(browser.cspViolations).isEmpty();
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-offline", e);
            throw e;
        }
    }

    @Test
    void a_person_who_keeps_their_last_check_in_on_the_device_repeats_it_offline_in_two_taps() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        BrowserContext context = page.context();
        try {
            page.navigate(url("/signup"));
            signUp(page, "pia@example.com");
            page.waitForURL("**/?welcome");
            page.navigate(url("/own-items"));
            page.getByLabel("What do you want to track?").fill("Water");
            page.getByRole(AriaRole.RADIO, named("A number")).check();
            page.getByLabel("For a number: what it counts").fill("glasses");
            page.getByRole(AriaRole.BUTTON, named("Add it")).click();
            page.getByText("Added: Water.").waitFor();
            page.navigate(url("/check-ins/new"));
            page.locator("svg.bodymap-svg")
                    .getByRole(
                            AriaRole.CHECKBOX,
                            new Locator.GetByRoleOptions().setName("right calf").setExact(true))
                    .click();
            Locator calf = page.locator("[data-site-row='calf-right']");
            calf.locator("input[value='7']").check();
            calf.getByLabel("burning").check();
            page.locator("#overallPain input[value='5']").check();
            page.getByText("Sleep and tiredness").click();
            page.getByLabel("Hours slept last night").fill("6.5");
            page.getByLabel("Water (glasses)").fill("3");
            page.locator("#check-in-form button[type='submit']:not([name])")
                    .last()
                    .click();
            page.waitForURL("**/history");

            page.navigate(url("/account"));
            Locator keep = page.getByLabel("Keep my last check-in on this device");
            assertThat(keep.isChecked()).as("off by default").isFalse();
            keep.check();
            page.locator("[data-keep-last-status]")
                    .filter(new Locator.FilterOptions().setHasText("is now kept"))
                    .waitFor();
            Browser.assertAccessible(page, "account with this device's choices");
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");

            context.setOffline(true);
            page.navigate(url("/check-ins/new"));
            Locator same = page.locator("[data-same-as-last]");
            same.waitFor();
            assertThat(same.textContent()).contains("Fills in everything from your check-in of");
            page.getByRole(AriaRole.BUTTON, named("Same as last time")).click();
            Locator keepIt = page.locator("[data-same-as-last-done] button");
            assertThat(keepIt.evaluate("button => document.activeElement === button"))
                    .as("the second tap is where the focus already is")
                    .isEqualTo(true);
            assertThat(calf.locator("input[value='7']").isChecked()).isTrue();
            assertThat(calf.getByLabel("burning").isChecked()).isTrue();
            assertThat(page.getByLabel("Hours slept last night").inputValue()).isEqualTo("6.5");
            assertThat(page.locator("[data-same-as-last-own]").textContent())
                    .as("the blank form has no one's own items: their answers come along, and it says so")
                    .isEqualTo("Also copied, as they were: your answers to 1 of your own things to track."
                            + " You can correct them online.");
            Browser.assertAccessible(page, "offline check-in filled from the last one");
            keepIt.click();
            page.locator("[data-device-queue] li").first().waitFor();

            backOnlineUntilSent(context, page);
            assertThat(entries(page)).isEqualTo(2);
            assertThat(page.locator(".check-in-entry").first().textContent())
                    .contains("right calf 7", "overall 5", "Water: 3 glasses");

            page.navigate(url("/account"));
            page.getByLabel("Keep my last check-in on this device").uncheck();
            page.locator("[data-keep-last-status]")
                    .filter(new Locator.FilterOptions().setHasText("no longer kept"))
                    .waitFor();
            Object left = page.evaluate("() => LegibleQueue.owner().then(LegibleQueue.last)");
            assertThat(left).as("turning it off deletes the copy").isNull();
            assertThat(browser.cspViolations).isEmpty();
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-offline-same-as-last", e);
            throw e;
        }
    }
}
