package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.HealthMeasures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A person adds something of their own to track from inside a check-in on a phone, in real Chromium (issue 29):
 * what they had typed stays, the new item is answered and saved with mood and pain in the way, it shows in history,
 * on the patterns page (set against the next day's pain, after mood and pain in the way) and in the report, and stopping it on the list keeps its past. Axe on every page, focus never hidden under the bars.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OwnItemsJourneyTest extends JourneyTest {

    @Autowired
    Accounts accounts;

    @Autowired
    HealthMeasures measures;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void add_water_inside_a_check_in_answer_it_see_it_in_history_and_stop_it() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "own-items", p -> {
            newAccount(p, "gil@example.com");
            p.getByRole(AriaRole.LINK, named("Record a check-in")).click();
            p.waitForURL("**/check-ins/new");
            p.locator("#overallPain input[value='5']").check();
            p.getByText("Your own things to track", new Page.GetByTextOptions().setExact(true))
                    .click();
            p.getByRole(AriaRole.BUTTON, named("Add something to track")).click();
            p.getByLabel("What do you want to track?").waitFor();
            assertThat(p.locator("#overallPain input[value='5']").isChecked())
                    .as("what was typed before comes back")
                    .isTrue();
            Browser.assertAccessible(p, "add something to track");
            p.locator("#own-items")
                    .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(Browser.SCREENSHOTS.resolve("own-items-add.png")));
            Browser.assertFocusNeverHidden(p, "add something to track");

            p.getByLabel("What do you want to track?").fill("Water");
            p.getByRole(AriaRole.RADIO, named("A number")).check();
            p.getByLabel("For a number: what it counts").fill("glasses");
            p.getByRole(AriaRole.BUTTON, named("Add it to my check-in")).click();
            p.getByText("Added: Water. Answer it below, or leave it for later.").waitFor();
            assertThat(p.locator("#overallPain input[value='5']").isChecked()).isTrue();
            Browser.assertAccessible(p, "check-in with an own item");
            p.locator("#own-items")
                    .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(Browser.SCREENSHOTS.resolve("own-items-in-check-in.png")));
            Browser.assertNoHorizontalScroll(p, "check-in with an own item");

            p.getByLabel("Water (glasses)").fill("3");
            p.getByText("Mood and stress", new Page.GetByTextOptions().setExact(true))
                    .click();
            p.locator("#mood input[value='4']").check();
            p.getByText("How much pain got in the way today").click();
            p.locator("#interference input[value='6']").check();
            p.locator("#check-in-form button[type='submit']:not([name])").last().click();
            p.waitForURL("**/history");
            assertThat(p.locator("main").textContent()).contains("Water: 3 glasses");
            Browser.assertAccessible(p, "history with an own item");

            p.getByRole(AriaRole.NAVIGATION)
                    .getByRole(
                            AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Patterns"))
                    .click();
            p.waitForURL("**/insights");
            p.getByRole(AriaRole.LINK, named("Mood, stress and your own things to track"))
                    .click();
            p.waitForURL("**/insights/own**");
            assertThat(p.locator("main h3").allTextContents())
                    .as("mood and pain in the way first, each under its scale's name; stress was not answered")
                    .containsExactly(
                            "Mood (10 = very good)", "Pain got in the way of the day (10 = completely)", "Water");
            assertThat(p.locator("main").textContent())
                    .contains("Answered on 1 day: 4.0 on average, from 4.0 to 4.0 (0 to 10).")
                    .contains("Answered on 1 day: 6.0 on average")
                    .contains("Water", "Answered on 1 day: 3.0 glasses on average")
                    .contains("Not enough days yet to set this against your pain");
            p.getByLabel("Set against leg and foot pain").selectOption("1");
            p.getByRole(AriaRole.BUTTON, named("Compare")).click();
            p.waitForURL("**lag=1**");
            Browser.assertAccessible(p, "patterns: own things");
            Browser.assertFocusNeverHidden(p, "patterns: own things");
            Browser.assertNoHorizontalScroll(p, "patterns: own things");

            p.getByRole(AriaRole.NAVIGATION)
                    .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Report"))
                    .click();
            p.waitForURL("**/report**");
            assertThat(p.locator("main").textContent())
                    .contains("Beside the pain: mood, stress, how much pain got in the way")
                    .contains("Mood (10 = very good)", "4.0 on 0 to 10 (4.0 to 4.0)", "3.0 glasses (3.0 to 3.0)");
            Browser.assertAccessible(p, "report with an own item");
            Browser.assertFocusNeverHidden(p, "report with an own item");

            openFromMore(
                    p, "Your own things to track Water, a side effect, anything beside the pain, in each check-in.");
            p.waitForURL("**/own-items");
            assertThat(p.locator("main").textContent()).contains("Water", "A number");
            Browser.assertAccessible(p, "own items");
            Browser.assertFocusNeverHidden(p, "own items");
            p.getByRole(AriaRole.BUTTON, named("Stop tracking Water")).click();
            p.getByText("Stopped: Water. Its answers stay in your diary.").waitFor();
            Browser.assertAccessible(p, "own items, one stopped");

            p.setViewportSize(320, 640);
            p.navigate(url("/check-ins/new"));
            assertThat(p.locator("main").textContent()).doesNotContain("Water (glasses)");
            p.navigate(url("/history"));
            assertThat(p.locator("main").textContent()).contains("Water: 3 glasses");
            Browser.assertNoHorizontalScroll(p, "history at 320 px");
        });
    }

    /**
     * A rating brought in from another app (a Flaredown "Fatigue" on its 0-4 scale) can go on being asked in
     * check-ins: the link on the list opens the add form with its name, as a 0-10 scale of the person's own.
     */
    @Test
    void go_on_rating_in_check_ins_what_another_app_rated() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "own-items-go-on", p -> {
            newAccount(p, "hal@example.com");
            AccountId hal = accounts.findByEmail("hal@example.com").orElseThrow();
            LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
            measures.save(
                    hal,
                    "flaredown",
                    "flaredown.csv",
                    "f".repeat(64),
                    2,
                    List.of(),
                    List.of(),
                    List.of(
                            HealthMeasures.TrackerEntry.rating(day, "Fatigue", 3, 4),
                            HealthMeasures.TrackerEntry.rating(day.minusDays(1), "Fatigue", 1, 4)));

            p.navigate(url("/own-items"));
            assertThat(p.locator("#rated-heading").textContent()).isEqualTo("Brought in from other apps");
            assertThat(p.locator("main").textContent()).contains("Fatigue", "rated 0 to 4, on 2 days");
            Browser.assertAccessible(p, "own items with a rating brought in");
            Browser.assertFocusNeverHidden(p, "own items with a rating brought in");
            Browser.assertNoHorizontalScroll(p, "own items with a rating brought in");

            p.getByRole(AriaRole.LINK, named("Ask Fatigue in my check-ins")).click();
            p.waitForURL("**/own-items?goOn=Fatigue#add-item");
            assertThat(p.getByLabel("What do you want to track?").inputValue())
                    .as("the add form opens with the name brought in")
                    .isEqualTo("Fatigue");
            Browser.assertAccessible(p, "adding a rating brought in");
            Browser.assertFocusNeverHidden(p, "adding a rating brought in");
            p.locator("#add-item button[type='submit']").click();
            p.getByText("Added: Fatigue. Your next check-in asks it.").waitFor();
            assertThat(p.getByRole(AriaRole.LINK, named("Ask Fatigue in my check-ins"))
                            .count())
                    .as("asked already: no link to ask it again")
                    .isZero();
            Browser.assertAccessible(p, "own items, a rating brought in now asked");

            p.navigate(url("/check-ins/new"));
            p.getByText("Your own things to track", new Page.GetByTextOptions().setExact(true))
                    .click();
            assertThat(p.locator("#own-items").textContent()).contains("Fatigue");
            Browser.assertAccessible(p, "check-in asking a rating brought in");
        });
    }
}
