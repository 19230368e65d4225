package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.legible.support.Fixtures;

/**
 * Someone brings in their Apple Health export in real Chromium, sees what it added, undoes it, maps and brings in a
 * CSV file, and browses the library and their check-ups list; axe on each page.
 */
class HealthImportJourneyTest extends JourneyTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void an_apple_health_export_comes_in_shows_what_it_added_and_can_be_undone() throws java.io.IOException {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        try {
            page.navigate(url("/signup"));
            signUp(page, "dee@example.com");
            page.waitForURL("**/?welcome");

            openFromMore(page, "Account");
            page.getByRole(AriaRole.LINK, named("Bring in sleep and steps from Apple Health or Fitbit"))
                    .click();
            page.waitForURL("**/import/health");
            Browser.assertAccessible(page, "bring in sleep and steps");
            page.getByLabel("Apple Health export (export.zip or export.xml)")
                    .setInputFiles(Fixtures.path("apple-health/apple-health-parser/export.zip"));
            page.getByRole(AriaRole.BUTTON, named("Bring in the Apple Health export"))
                    .click();
            page.waitForURL("**/import/health/jobs/*");
            // The page's script reloads it when the import has finished.
            page.getByText("from 8 records").waitFor();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("from 8 records");
            Browser.assertAccessible(page, "an import finished");
            page.getByRole(AriaRole.LINK, named("Back to your imports")).click();
            page.waitForURL("**/import/health");
            assertThat(page.locator(".import-row").first().textContent()).contains("export.zip");
            Browser.assertAccessible(page, "an import done");
            Browser.assertNoHorizontalScroll(page, "imports on a phone");
            Browser.screenshot(page, "health-import");

            page.getByRole(AriaRole.BUTTON, named("Undo this import")).click();
            page.waitForURL("**/import/health");
            assertThat(page.locator("main").textContent())
                    .contains(
                            "That import and every day it brought are removed.",
                            "You have not brought anything in yet.");

            // Any CSV: Fitabase's file of 33 people, mapped to the first one's rows, previewed, brought in.
            page.getByLabel("A CSV file with one row a day (Oura, Garmin, Samsung, a spreadsheet)")
                    .setInputFiles(Fixtures.path("fitabase/dailyActivity_merged.csv"));
            page.getByRole(AriaRole.BUTTON, named("Upload and choose the columns"))
                    .click();
            page.waitForURL("**/import/health/csv/*");
            Browser.assertAccessible(page, "csv mapping");
            page.getByLabel("Use only rows where the column").selectOption("Id");
            page.getByLabel("says").fill("1503960366");
            page.getByRole(AriaRole.BUTTON, named("Show the first rows as read"))
                    .click();
            page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("The first rows as Legible reads them"))
                    .waitFor();
            assertThat(page.locator("main").textContent()).contains("12 Apr 2016", "13,162");
            Browser.assertAccessible(page, "csv preview");
            Browser.assertNoHorizontalScroll(page, "csv preview on a phone");
            page.getByRole(AriaRole.BUTTON, named("Bring in this file")).click();
            page.getByText("30 days of steps").waitFor();

            // Flaredown: each column with what it holds and what it becomes, the first days read, brought in.
            page.navigate(url("/import/health"));
            java.nio.file.Path flaredown = java.nio.file.Files.createTempFile("flaredown-", ".csv");
            java.nio.file.Files.writeString(
                    flaredown,
                    "Date,Fibromyalgia,Fatigue,Amitriptyline,Tags,Foods\n"
                            + "2017-05-03,3,2,10 mg,stress; poor sleep,coffee\n"
                            + "2017-05-04,4,4,10 mg,,\n");
            page.getByLabel("Flaredown export (CSV)").setInputFiles(flaredown);
            page.getByRole(AriaRole.BUTTON, named("Upload and see what each column becomes"))
                    .click();
            page.waitForURL("**/import/health/flaredown/*");
            Browser.assertAccessible(page, "flaredown mapping");
            assertThat(page.getByLabel("Amitriptyline").inputValue()).isEqualTo("MEDICATION");
            page.getByRole(AriaRole.BUTTON, named("Show the first days as read"))
                    .click();
            page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("The first days as Legible reads them"))
                    .waitFor();
            assertThat(page.locator("main").textContent())
                    .contains("Fatigue 2 of 4", "Amitriptyline 10 mg (medication)");
            Browser.assertAccessible(page, "flaredown preview");
            Browser.assertNoHorizontalScroll(page, "flaredown preview on a phone");
            page.getByRole(AriaRole.BUTTON, named("Bring it in")).click();
            page.getByText("Added 2 days of your Flaredown diary").waitFor();
            java.nio.file.Files.deleteIfExists(flaredown);

            // What was brought in, where it shows: the history (days with nothing else too) and the patterns page.
            page.navigate(url("/history"));
            assertThat(page.locator("main").textContent()).contains("Tracked in another app:", "Fatigue 2 of 4");
            Browser.assertAccessible(page, "history with brought-in days");
            page.navigate(url("/insights?from=2017-05-01&to=2017-05-31"));
            page.getByRole(AriaRole.LINK, named("Brought in from other apps")).click();
            page.waitForURL("**/insights/brought-in?from=2017-05-01&to=2017-05-31");
            assertThat(page.locator("main").textContent())
                    .contains("Brought in from other apps", "Tracked in another app");
            Browser.assertAccessible(page, "patterns page with only brought-in data");
            Browser.assertNoHorizontalScroll(page, "patterns page with brought-in data on a phone");

            page.navigate(url("/library"));
            assertThat(page.getByRole(AriaRole.LINK, named("Myths and facts")).isVisible())
                    .isTrue();
            Browser.assertAccessible(page, "library");
            page.navigate(url("/check-ups"));
            assertThat(page.locator("main").textContent()).contains("You have not finished a check-up yet.");
            Browser.assertAccessible(page, "check-ups");
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-health-import", e);
            throw e;
        }
    }
}
