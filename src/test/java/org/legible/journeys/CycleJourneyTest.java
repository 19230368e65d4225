package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A person turns on following their menstrual cycle on a phone, in real Chromium (issue 29): a day after today is
 * refused in words by its field, three period starts are marked with the days between them (the last with
 * Today's one tap), one is taken back, and
 * the patterns page's part says what it still needs. Axe on every page, focus never hidden under the bars.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CycleJourneyTest extends JourneyTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static void mark(Page p, LocalDate day) {
        p.getByLabel("The day a period started").fill(day.toString());
        p.getByRole(AriaRole.BUTTON, named("Mark it")).click();
    }

    @Test
    void turn_it_on_mark_three_starts_take_one_back_and_see_what_the_patterns_page_needs() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "cycle", p -> {
            newAccount(p, "hana@example.com");
            openFromMore(
                    p, "Your cycle If you want to: mark when a period starts, and see pain by part of your cycle.");
            p.waitForURL("**/cycle");
            assertThat(p.getByLabel("The day a period started").count())
                    .as("nothing asked while off")
                    .isZero();
            Browser.assertAccessible(p, "cycle, off");
            p.getByRole(AriaRole.BUTTON, named("Follow my cycle")).click();

            LocalDate today =
                    LocalDate.parse(p.getByLabel("The day a period started").inputValue());
            mark(p, today.plusDays(1));
            p.locator("#error-summary").waitFor();
            assertThat(p.locator("#error-summary").textContent()).contains("A period start cannot be after today.");
            assertThat(p.getByLabel("The day a period started").inputValue())
                    .as("what was typed stays")
                    .isEqualTo(today.plusDays(1).toString());
            Browser.assertAccessible(p, "cycle, a day refused");
            Browser.assertFocusNeverHidden(p, "cycle, a day refused");

            mark(p, today.minusDays(56));
            p.getByText("Marked: ").waitFor();
            mark(p, today.minusDays(28));
            p.getByText("28 days after the one before").first().waitFor();

            p.navigate(url("/"));
            p.getByRole(AriaRole.BUTTON, named("My period started today")).click();
            p.getByText("A period start is marked today.").waitFor();
            Browser.assertAccessible(p, "today, a period start marked");
            p.getByRole(AriaRole.LINK, named("Your cycle")).click();
            p.waitForURL("**/cycle");
            assertThat(p.locator(".cycle-list li").count()).isEqualTo(3);
            Browser.assertAccessible(p, "cycle, three starts");
            p.locator("main")
                    .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(Browser.SCREENSHOTS.resolve("cycle.png")));
            Browser.assertFocusNeverHidden(p, "cycle, three starts");

            p.locator(".cycle-list li").nth(1).getByRole(AriaRole.BUTTON).click();
            p.getByText("Taken back: ").waitFor();
            assertThat(p.locator(".cycle-list li").count()).isEqualTo(2);
            assertThat(p.locator("main").textContent()).contains("56 days after the one before");

            p.getByRole(AriaRole.LINK, named("Pain and your cycle")).click();
            p.waitForURL("**/insights/cycle");
            assertThat(p.locator("main").textContent())
                    .contains("Pain by part of your cycle shows once 2 whole cycles hold check-ins")
                    .contains("Whole cycles in these days so far: 0.");
            Browser.assertAccessible(p, "patterns: cycle");
            Browser.assertFocusNeverHidden(p, "patterns: cycle");

            p.setViewportSize(320, 640);
            p.navigate(url("/cycle"));
            Browser.assertNoHorizontalScroll(p, "cycle at 320 px");
            p.navigate(url("/insights/cycle"));
            Browser.assertNoHorizontalScroll(p, "patterns: cycle at 320 px");
        });
    }
}
