package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a 320-pixel phone in real Chromium: from the account page to reminders, choosing a time, getting the calendar
 * address, and asking for notifications on this browser. Headless Chromium has no push service to register with, so
 * that last step must end in a clear message with every other choice kept. Axe runs on each state of the page.
 */
class RemindersJourneyTest extends JourneyTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void a_person_chooses_a_reminder_time_gets_a_calendar_address_and_hears_why_notifications_failed() {
        Page page = browser.page(new NewContextOptions().setViewportSize(320, 640));
        try {
            page.navigate(url("/signup"));
            signUp(page, "ida@example.com");
            page.waitForURL("**/?welcome");
            page.navigate(url("/account"));
            page.getByRole(AriaRole.LINK, named("Choose reminders")).click();
            page.waitForURL("**/reminders");
            assertThat(page.locator("h1").textContent()).isEqualTo("Reminders");
            Browser.assertAccessible(page, "reminders");
            Browser.assertNoHorizontalScroll(page, "reminders at 320 pixels");

            page.getByLabel("At", new Page.GetByLabelOptions().setExact(true)).fill("19:30");
            page.getByLabel("Saturday").uncheck();
            page.getByRole(AriaRole.BUTTON, named("Save reminders")).click();
            page.waitForURL("**/reminders");
            assertThat(page.locator("main p[role=status]").first().textContent())
                    .isEqualTo("Reminders saved.");
            assertThat(page.getByLabel("At", new Page.GetByLabelOptions().setExact(true))
                            .inputValue())
                    .isEqualTo("19:30");
            assertThat(page.getByLabel("Saturday").isChecked()).isFalse();

            page.getByRole(AriaRole.BUTTON, named("Get a calendar address")).click();
            page.waitForURL("**/reminders#calendar");
            assertThat(page.locator("#calendar code").textContent()).matches("http://localhost:\\d+/calendar/.+\\.ics");
            Browser.assertAccessible(page, "reminders with a calendar address");
            Browser.assertNoHorizontalScroll(page, "calendar address at 320 pixels");
            Browser.screenshot(page, "reminders");

            Locator notifications = page.getByLabel("A notification on this phone or computer");
            assertThat(notifications.isVisible())
                    .as("Chromium can show notifications")
                    .isTrue();
            page.context().grantPermissions(List.of("notifications"));
            page.waitForFunction("() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready");
            notifications.check();
            page.getByLabel("At", new Page.GetByLabelOptions().setExact(true)).fill("18:45");
            page.getByRole(AriaRole.BUTTON, named("Save reminders")).click();
            Locator problem = page.locator("[data-push-denied]");
            problem.waitFor();
            assertThat(problem.textContent()).isNotBlank();
            assertThat(notifications.isChecked()).isFalse();
            assertThat(page.getByLabel("At", new Page.GetByLabelOptions().setExact(true))
                            .inputValue())
                    .as("nothing typed is lost")
                    .isEqualTo("18:45");
            Browser.assertAccessible(page, "reminders with a notification problem");
            assertThat(browser.cspViolations).isEmpty();
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-reminders", e);
            throw e;
        }
    }

    /** What a reminder's tap opens (reminders.internal.ReminderMessages): one more tap saves a repeat check-in. */
    @Test
    void from_a_reminder_a_repeat_check_in_is_one_tap_on_the_page_it_opens() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        try {
            page.navigate(url("/signup"));
            signUp(page, "jon@example.com");
            page.waitForURL("**/?welcome");
            page.navigate(url("/check-ins/new"));
            page.locator("#overallPain input[value='4']").check();
            page.locator("#check-in-form button[type='submit']:not([name])")
                    .last()
                    .click();
            page.waitForURL("**/history");

            page.navigate(url("/check-ins/new?copy=last"));
            Locator save =
                    page.getByRole(AriaRole.BUTTON, named("Save check-in")).first();
            assertThat(save.evaluate("button => document.activeElement === button"))
                    .as("the page opens with the focus on Save")
                    .isEqualTo(true);
            assertThat(save.boundingBox().y + save.boundingBox().height)
                    .as("and Save is on the first screen")
                    .isLessThan(844);
            save.click();
            page.waitForURL("**/history");
            assertThat(page.locator(".check-in-entry").count()).isEqualTo(2);
            assertThat(page.locator(".check-in-entry").first().textContent()).contains("overall 4");
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-reminder-tap", e);
            throw e;
        }
    }
}
