package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.Diary;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.experiments.Experiments;
import org.legible.insights.BlockSchedule;
import org.legible.insights.BlockSchedule.Arm;
import org.legible.support.CheckIns;
import org.legible.support.MutableClock;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A person plans heat against stretching on a phone in real Chromium (issue 28): sees what the plan could show, is
 * told why one strategy twice will not do, starts it, meets today's block in the check-in, and twelve days on reads a
 * result that says how sure it can be and takes it to the clinic in the report; and compares two ways of taking a
 * medicine, saying in the check-in which one they followed. Axe and focus on every page.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
@Import(TestClockConfiguration.class)
class ExperimentJourneyTest extends JourneyTest {

    @Autowired
    MutableClock clock;

    @Autowired
    Diary diary;

    @Autowired
    Accounts accounts;

    @Autowired
    Experiments experiments;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** Opens the experiments page from More and chooses A against B of these two. */
    private void planAgainst(Page p, String a, String b) {
        openFromMore(p, "Experiments");
        p.waitForURL("**/experiments");
        p.getByText("A against B: blocks of one strategy and blocks of another").click();
        p.getByLabel("The strategy (A)").selectOption(a);
        p.getByLabel("The other strategy, only for A against B").selectOption(b);
    }

    @Test
    void a_person_plans_heat_against_stretching_follows_its_blocks_and_takes_the_result_to_the_clinic() {
        clock.set(LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC));
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "experiment", p -> {
            newAccount(p, "eve@example.com");
            AccountId eve = accounts.findByEmail("eve@example.com").orElseThrow();
            LocalDate today = diary.today(eve);
            for (int i = 1; i <= 21; i++) {
                diary.record(eve, CheckIns.on(today.minusDays(i), 4 + i % 3).details());
            }

            planAgainst(p, "heat", "heat");
            p.getByText("How long: blocks of 7 days").click();
            p.locator("#blockDays")
                    .getByText("3", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                    .click();
            p.getByRole(AriaRole.BUTTON, named("What could this show?")).click();
            assertThat(p.locator("#error-summary").textContent())
                    .contains("Choose two different strategies, or name two ways of this one (way A and way B).");
            assertThat(p.getByLabel("The strategy (A)").inputValue())
                    .as("what was typed stays")
                    .isEqualTo("heat");
            Browser.assertAccessible(p, "an experiment plan refused");

            p.getByLabel("The other strategy, only for A against B").selectOption("stretching");
            p.getByRole(AriaRole.BUTTON, named("What could this show?")).click();
            assertThat(p.locator("#detectable").textContent())
                    .contains("With your usual ups and downs over the last 8 weeks, 12 days of blocks like these can"
                            + " show a change in daily pain of about");
            Browser.assertAccessible(p, "an experiment plan with what it could show");
            Browser.assertFocusNeverHidden(p, "an experiment plan");
            p.setViewportSize(320, 700);
            Browser.assertNoHorizontalScroll(p, "an experiment plan at 320 px");
            p.setViewportSize(390, 844);
            Browser.screenshot(p, "experiment-plan");

            p.getByRole(AriaRole.BUTTON, named("Start the experiment")).click();
            p.waitForURL("**/experiments/*");
            assertThat(p.locator("h1").textContent()).isEqualTo("Experiment: Heat against Stretching");
            Experiment experiment = experiments.list(eve).get(0);
            BlockSchedule schedule = experiment.schedule().orElseThrow();
            String first = schedule.on(today).orElseThrow().arm() == Arm.A ? "Heat" : "Stretching";
            assertThat(p.locator("main").textContent())
                    .contains("block 1 of 4, days with " + first)
                    .contains("3 more blocks are shown as each begins.");
            Browser.assertAccessible(p, "an experiment's first day");
            Browser.screenshot(p, "experiment-first-day");

            p.navigate(url("/check-ins/new"));
            assertThat(p.locator(".experiment-check-in").textContent())
                    .as("the check-in asks about today's block")
                    .contains("Tick " + first + " below if you used it today.");
            Browser.assertAccessible(p, "a check-in during an experiment");

            // Twelve days on, every day recorded: pain 3 on heat's days and 6 on stretching's.
            clock.set(clock.instant().plus(Duration.ofDays(11)));
            for (int i = 0; i < 12; i++) {
                LocalDate day = today.plusDays(i);
                Strategy used = schedule.on(day).orElseThrow().arm() == Arm.A ? Strategy.HEAT : Strategy.STRETCHING;
                diary.record(
                        eve,
                        CheckIns.on(day, used == Strategy.HEAT ? 3 : 6)
                                .strategies(new StrategyUse(used, null, null, null, null))
                                .details());
            }
            p.navigate(url("/login"));
            p.getByLabel("E-mail").fill("eve@example.com");
            p.getByLabel("Passphrase").fill(PASSPHRASE);
            p.getByRole(AriaRole.BUTTON, named("Sign in")).click();
            p.waitForURL(url("/"));
            p.navigate(url("/experiments/" + experiment.id()));
            assertThat(p.locator("main").textContent())
                    .contains("Daily pain was lower in the blocks with Heat than in the blocks with Stretching")
                    .contains("Randomisation test: of the 4 orders")
                    .contains("Days with Heat: followed on 6 of the 6 days with a check-in.");
            Browser.assertAccessible(p, "an experiment's result");
            Browser.assertFocusNeverHidden(p, "an experiment's result");
            Browser.screenshot(p, "experiment-result");

            p.getByRole(AriaRole.LINK, named("The report for its days, to take to your clinician (page and PDF)"))
                    .click();
            p.waitForURL("**/report?from=*");
            assertThat(p.locator(".report-experiments").textContent())
                    .contains("Heat against Stretching")
                    .contains("Blocks with Heat minus blocks with Stretching: −3.0 points of daily pain");
            Browser.assertAccessible(p, "the report with an experiment");
            Browser.screenshot(p, "experiment-report");
        });
    }

    @Test
    void a_person_compares_two_ways_of_taking_a_medicine_and_says_in_the_check_in_which_they_followed() {
        clock.set(LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC));
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "experiment-ways", p -> {
            newAccount(p, "fay@example.com");
            AccountId fay = accounts.findByEmail("fay@example.com").orElseThrow();

            planAgainst(p, "medication", "medication");
            p.getByText("Two ways of one strategy, such as two ways of taking a medicine")
                    .click();
            p.getByLabel("Way A (optional)").fill("150 mg at night");
            p.getByRole(AriaRole.BUTTON, named("Start the experiment")).click();
            assertThat(p.locator("#error-summary").textContent())
                    .contains("Name this way too: two ways of one strategy are told apart by their names.");
            assertThat(p.getByLabel("Way A (optional)").inputValue())
                    .as("what was typed stays")
                    .isEqualTo("150 mg at night");
            Browser.assertAccessible(p, "two ways, one not named");

            p.getByLabel("Way B (optional)").fill("75 mg twice a day");
            p.getByRole(AriaRole.BUTTON, named("Start the experiment")).click();
            p.waitForURL("**/experiments/*");
            assertThat(p.locator("h1").textContent())
                    .isEqualTo("Experiment: Medication: 150 mg at night against 75 mg twice a day");
            Experiment experiment = experiments.list(fay).get(0);
            String first = experiment
                                    .schedule()
                                    .orElseThrow()
                                    .on(diary.today(fay))
                                    .orElseThrow()
                                    .arm()
                            == Arm.A
                    ? "150 mg at night"
                    : "75 mg twice a day";

            p.navigate(url("/check-ins/new"));
            p.locator("details#actions").evaluate("section => section.open = true");
            assertThat(p.locator(".experiment-check-in").textContent())
                    .contains("Did you follow today's block, with Medication (" + first + ")?");
            Browser.assertAccessible(p, "a check-in asking whether today's way was followed");
            p.getByRole(AriaRole.BUTTON, named("Yes, I followed it")).click();
            p.locator(".experiment-followed [role=status]")
                    .getByText("Kept: you followed today's block.")
                    .waitFor();
            assertThat(p.evaluate("document.activeElement.id"))
                    .as("focus stays on the answer just given")
                    .isEqualTo("followed-yes");
            assertThat(p.locator("#followed-yes").getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(p.url()).as("the check-in itself was not sent").contains("/check-ins/new");
            assertThat(experiments.answers(fay, experiment.id())).containsEntry(diary.today(fay), true);
            Browser.assertAccessible(p, "a check-in with today's way answered");
            Browser.assertFocusNeverHidden(p, "a check-in with today's way answered");
            p.setViewportSize(320, 700);
            Browser.assertNoHorizontalScroll(p, "a check-in asking about a way at 320 px");
            p.setViewportSize(390, 844);
            Browser.screenshot(p, "experiment-ways-check-in");
        });
    }
}
