package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.legible.library.LibraryPage;

/**
 * A newcomer in real Chromium on a phone: describes their pain in the check-up (map by touch and by keyboard),
 * saves it, comes back, finishes it, reads what it may point to, opens the library page behind it (and every other
 * library page), starts tracking a suggested strategy and finds it first in the next check-in. Axe runs on every page; screenshots go to
 * target/screenshots.
 */
class CheckUpJourneyTest extends JourneyTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void a_newcomer_describes_their_pain_once_and_leaves_with_an_explanation_and_something_to_track() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        try {
            page.navigate(url("/signup"));
            signUp(page, "cara@example.com");
            page.waitForURL("**/?welcome");

            assertThat(page.locator("main .notice").allTextContents())
                    .anyMatch(text -> text.contains("New here? The check-up takes about three minutes."));
            page.getByRole(AriaRole.LINK, named("Take the check-up")).click();
            page.waitForURL("**/check-up");
            assertThat(page.locator("h1").textContent()).isEqualTo("Your leg and foot check-up");
            Locator map = page.locator("svg.bodymap-svg");
            map.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("left heel"))
                    .click();
            Locator sole =
                    map.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("left sole and arch"));
            sole.focus();
            page.keyboard().press("Space");
            assertThat(sole.getAttribute("aria-checked"))
                    .as("the map answers the keyboard")
                    .isEqualTo("true");
            page.locator("#q-feet_feels").getByText("burning").click();
            page.locator("#q-feet_feels").getByText("tingling").click();
            Browser.assertAccessible(page, "check-up");
            Browser.assertNoHorizontalScroll(page, "check-up on a phone");

            page.getByText("Since when, and when it is worse").click();
            page.locator("#q-how_often").getByText("Most days").click();
            page.locator("#q-worse_on_feet").getByText("Yes").click();
            page.locator("#q-walk_differently").getByText("Yes").click();
            page.getByText("Stiffness, heels and joints").click();
            page.locator("#q-first_step_heel_pain").getByText("Yes").click();
            page.locator("#q-morning_stiffness").getByText("Not stiff").click();
            page.locator("#q-joint_pain_with_use").getByText("Yes").click();
            page.getByText("Your age, other conditions and medicines").click();
            page.locator("#q-age").getByText("45 or over").click();
            page.locator("#q-conditions").getByText("Diabetes").click();
            page.getByRole(AriaRole.BUTTON, named("Save and finish later")).click();
            page.waitForURL("**/check-up");
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Saved.");
            assertThat(page.locator("input[name=where][value=heel-left]").isChecked())
                    .as("a saved check-up comes back as it was left")
                    .isTrue();
            Browser.screenshot(page, "check-up-saved");

            page.getByRole(AriaRole.BUTTON, named("See what it may mean")).click();
            page.waitForURL("**/check-up/*");
            assertThat(page.locator("h1").textContent()).isEqualTo("What your check-up may mean");
            String result = page.url();
            Locator nerves = page.getByRole(
                    AriaRole.ARTICLE,
                    new Page.GetByRoleOptions().setName("Burning, tingling or numbness in your feet on most days"));
            assertThat(nerves.textContent())
                    .contains("You chose nerve-type words", "You said the pain comes every day or on most days.");
            assertThat(page.locator("#pattern-plantar_heel").isVisible()).isTrue();
            assertThat(page.locator("#pattern-gait").isVisible()).isTrue();
            assertThat(page.locator("#pattern-osteoarthritis").textContent())
                    .contains("You said you are 45 or over.", "NICE guideline NG226");
            assertThat(page.locator("main").textContent())
                    .contains("This is not a diagnosis.")
                    .contains("Because you have diabetes", "within 1 working day");
            Browser.assertAccessible(page, "check-up result");
            Browser.assertNoHorizontalScroll(page, "check-up result on a phone");
            Browser.screenshot(page, "check-up-result");

            nerves.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Read more about this"))
                    .click();
            page.waitForURL("**/library/small-fibre-nerves");
            assertThat(page.locator("h1").textContent()).isEqualTo("Small nerve fibres and burning feet");
            assertThat(page.locator("#sources-heading").isVisible()).isTrue();
            Browser.assertAccessible(page, "library page");
            for (LibraryPage each : LibraryPage.values()) {
                page.navigate(url("/library/" + each.slug()));
                assertThat(page.locator("#sources-heading").isVisible())
                        .as(each.slug())
                        .isTrue();
                Browser.assertAccessible(page, "library page " + each.slug());
            }
            page.navigate(result);

            page.getByRole(AriaRole.BUTTON, named("Track it in my check-ins: Footwear or insoles"))
                    .click();
            assertThat(page.locator(".notice[role=status]").textContent())
                    .contains("Now tracking: Footwear or insoles.");
            page.getByRole(AriaRole.LINK, named("Print these questions")).click();
            assertThat(page.locator("main").textContent()).contains("Ask a clinician to examine your heel.");
            Browser.assertAccessible(page, "questions for a clinician");

            page.getByRole(AriaRole.LINK, named("Check in")).click();
            page.waitForURL("**/check-ins/new");
            Locator first = page.locator("#strategies .strategy").first();
            assertThat(first.textContent()).contains("Footwear or insoles", "you are tracking this");
            assertThat(first.isVisible())
                    .as("\"What did you do about it?\" is open")
                    .isTrue();
            first.getByRole(AriaRole.CHECKBOX).check();
            Browser.assertAccessible(page, "check-in with a tracked strategy");
            Browser.screenshot(page, "check-in-tracked");

            // A suggestion tested as a personal experiment: chosen on the experiments page, started, followed.
            page.navigate(result);
            page.getByRole(AriaRole.LINK, named("Test it as a personal experiment: Footwear or insoles"))
                    .click();
            page.waitForURL("**/experiments?strategy=footwear_insoles");
            assertThat(page.getByLabel("The strategy (A)").inputValue()).isEqualTo("footwear_insoles");
            Browser.assertAccessible(page, "experiments");
            Browser.assertNoHorizontalScroll(page, "experiments on a phone");
            page.getByRole(AriaRole.BUTTON, named("Start the experiment")).click();
            page.waitForURL("**/experiments/*");
            assertThat(page.locator("main").textContent())
                    .contains("Experiment: Footwear or insoles on and off", "Day 1 of 28", "Too few days yet");
            Browser.assertAccessible(page, "an experiment");
            Browser.screenshot(page, "experiment");
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-check-up", e);
            throw e;
        }
    }

    @Test
    void a_cold_pale_leg_shows_only_the_emergency_advice_until_a_clinician_has_checked_it() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        try {
            page.navigate(url("/signup"));
            signUp(page, "dev@example.com");
            page.waitForURL("**/?welcome");
            page.navigate(url("/check-up"));
            page.locator("svg.bodymap-svg")
                    .getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("left sole and arch"))
                    .click();
            page.locator("#q-feet_feels").getByText("numbness").click();
            page.getByText("Something new or different?").click();
            Locator cold = page.getByLabel(
                    "A foot or leg has suddenly turned cold, pale or blue (often with pain, numbness or weakness).");
            cold.check();
            assertThat(page.locator(".red-flag-question")
                            .filter(new Locator.FilterOptions().setHas(cold))
                            .locator(".red-flag-advice")
                            .textContent())
                    .as("what to do shows the moment it is ticked")
                    .contains("This is an emergency.");
            page.getByRole(AriaRole.BUTTON, named("See what it may mean")).click();
            page.waitForURL("**/check-up/*");
            String result = page.url();

            assertThat(page.locator("main h2").first().textContent())
                    .as("the emergency comes first, under a heading that says now")
                    .isEqualTo("Get emergency help now");
            assertThat(page.locator(".red-flag-box").textContent())
                    .contains("This is an emergency. Call emergency services or go to the emergency department now.")
                    .contains("held back until a clinician has checked this");
            assertThat(page.locator("article.pattern").count())
                    .as("no fibromyalgia mechanism offered for the same feet")
                    .isZero();
            assertThat(page.locator("#checkup-try").count()).isZero();
            assertThat(page.getByText("Test it as a personal experiment").count())
                    .isZero();
            Browser.assertAccessible(page, "check-up result with a cold, pale leg");
            Browser.assertNoHorizontalScroll(page, "check-up result with a red flag on a phone");
            Browser.screenshot(page, "check-up-red-flag");

            page.getByRole(AriaRole.LINK, named("Print these questions")).click();
            assertThat(page.locator("main").textContent())
                    .contains("You said a foot or leg suddenly turned cold, pale or blue.")
                    .contains("limb ischaemia? (emergency)");
            Browser.assertAccessible(page, "questions for a clinician with a red flag");

            page.navigate(result);
            page.getByRole(AriaRole.BUTTON, named("A clinician has checked this"))
                    .click();
            page.waitForURL("**/check-up/*");
            assertThat(page.locator(".after-check").textContent()).isEqualTo("After this has been checked");
            assertThat(page.locator("main h2").first().textContent()).isEqualTo("Get emergency help now");
            assertThat(page.locator("#try-heat").count())
                    .as("heat is never suggested beside a cold, pale or numb foot")
                    .isZero();
            Browser.assertAccessible(page, "check-up result after a clinician's check");
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-check-up-red-flag", e);
            throw e;
        }
    }
}
