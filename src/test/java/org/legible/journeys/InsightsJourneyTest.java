package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckInDetails.RestlessLegs;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.Sleep;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.Diary;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.support.CheckIns;
import org.legible.support.MutableClock;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A person with 30 days of check-ins opens their patterns in real Chromium: the red flag at the top, the pattern it
 * may point to with its evidence and source, the heat map and its table, what it feels like, a flare with what came
 * before it, what seems to help. The page passes axe on a phone and at 200% zoom;
 * screenshots go to target/screenshots.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
@Import(TestClockConfiguration.class)
class InsightsJourneyTest extends JourneyTest {

    /** Midday today, held still: seeding and reading must fall on the same diary day, whatever the hour of the run. */
    @Autowired
    MutableClock clock;

    @Autowired
    Diary diary;

    @Autowired
    JdbcClient jdbc;

    /**
     * Thirty days ending today: burning left sole at 3 every day, a two-day flare at 7 on days 20 and 21 after three
     * short nights and three days without the usual heat, heat on every other quiet day, and a red flag on day 25.
     */
    private void seed(AccountId account) {
        LocalDate today = diary.today(account);
        LocalDate first = today.minusDays(29);
        for (int i = 0; i < 30; i++) {
            boolean flare = i == 20 || i == 21;
            boolean beforeFlare = i >= 17 && i <= 19;
            // A day's sleep is the night before it: the flare's first day and the two before it had short nights.
            boolean shortNight = i >= 18 && i <= 20;
            boolean heat = !flare && !beforeFlare && i % 2 == 0;
            List<SitePain> sites = List.of(
                    new SitePain(new BodySite(Region.SOLE, Side.LEFT), flare ? 8 : 3, Set.of(Descriptor.BURNING)));
            diary.record(
                    account,
                    CheckIns.on(first.plusDays(i), flare ? 7 : 3)
                            .sites(
                                    flare
                                            ? List.of(
                                                    sites.get(0),
                                                    new SitePain(new BodySite(Region.CALF, Side.RIGHT), 6, Set.of()))
                                            : sites)
                            .sleep(new Sleep(new BigDecimal(shortNight ? "4" : "7"), shortNight ? 2 : 6, Set.of()))
                            .fatigue(4)
                            .restlessLegs(new RestlessLegs(i % 3 == 0 ? 5 : 1, null, null, null))
                            .strategies(
                                    heat || (i % 4 == 1 && !beforeFlare)
                                            ? List.of(new StrategyUse(Strategy.HEAT, null, null, 20, Helped.A_LOT))
                                            : List.of())
                            .redFlags(i == 25 ? Set.of(RedFlag.HOT_SWOLLEN_JOINT) : Set.of())
                            .details());
        }
    }

    @Test
    void a_month_of_check_ins_shows_where_it_hurt_a_flare_a_red_flag_and_what_helps() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        try {
            clock.set(LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC));
            page.navigate(url("/"));
            signUp(page, "ann@example.com");
            page.waitForURL("**/?welcome");
            seed(new AccountId(
                    jdbc.sql("SELECT id FROM account").query(String.class).single()));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Patterns"))
                    .click();
            page.waitForURL("**/insights");
            assertThat(page.locator("h1").textContent()).isEqualTo("Your patterns");
            assertThat(page.locator(".lead").textContent()).contains("Check-ins on 30 of the 30 days");

            Locator redFlags = page.locator(".red-flag-box");
            assertThat(redFlags.textContent())
                    .contains("You said a joint became hot, swollen and painful.", "Get medical help today");
            assertThat(page.locator(".pattern-links a").count())
                    .as("what the diary may point to waits until a clinician has checked the hot joint")
                    .isZero();
            Browser.assertAccessible(page, "insights with a red flag waiting for a clinician");
            redFlags.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("A clinician has checked this"))
                    .click();
            page.waitForURL("**/insights?days=30#insights-red-flags");
            assertThat(page.locator("#insights-patterns ~ p").first().textContent())
                    .isEqualTo("After this has been checked");
            assertThat(page.locator(".pattern-links a").allTextContents())
                    .as("only the pattern the data holds, by name")
                    .containsExactly("Burning, tingling or numbness in your feet on most days");
            assertThat(page.locator(".glance-card h3").allTextContents())
                    .as("the findings at a glance come first")
                    .startsWith("Your pain", "Where it hurt");
            assertThat(page.locator(".glance-card").count()).isBetween(3, 5);
            assertThat(page.locator(".period-choice a[aria-current='page']").textContent())
                    .as("the period shown is marked")
                    .isEqualTo("Last 30 days");
            Browser.assertAccessible(page, "insights");
            Browser.assertNoHorizontalScroll(page, "insights on a phone");
            Browser.assertNoTextSmallerThan(page, 12, "insights on a phone");
            Browser.screenshot(page, "insights");
            // The red flag is shown whole and first whatever its length; everything else must stay short.
            assertThat(((Number) page.evaluate("() => document.documentElement.scrollHeight"
                                    + " - document.querySelector('.red-flag-box').getBoundingClientRect().height"))
                            .intValue())
                    .as("the first view, besides the red flag, fits in about three phone screens")
                    .isLessThanOrEqualTo(3 * 844);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Burning, tingling or numbness in your feet on most days"))
                    .click();
            page.waitForURL("**/insights/patterns?days=30#pattern-small_fibre");
            Locator pattern = page.getByRole(
                    AriaRole.ARTICLE,
                    new Page.GetByRoleOptions().setName("Burning, tingling or numbness in your feet on most days"));
            assertThat(pattern.textContent().replaceAll("\\s+", " "))
                    .contains("On 30 of the 30 days with a check-in you chose burning")
                    .contains("Ask a clinician to examine the nerves in your feet")
                    .contains("Grayston R et al.");
            assertThat(page.locator("main").textContent()).contains("These are not diagnoses");
            assertThat(page.locator("article.pattern").count()).isEqualTo(1);
            page.getByText("How Legible decides").click();
            assertThat(page.locator("section.patterns details").textContent())
                    .contains("on at least half of the days with a check-in, and on at least 7 days");
            Browser.assertAccessible(page, "insights: what the diary may point to");
            page.goBack();

            // Each card opens its own page, for the same days, with the way back.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Day by day"))
                    .click();
            page.waitForURL("**/insights/pain?days=30");
            assertThat(page.locator("h1").textContent()).isEqualTo("Pain, sleep and tiredness over time");
            assertThat(page.locator(".red-flag-box").isVisible())
                    .as("the red flag heads every part")
                    .isTrue();
            assertThat((Boolean) page.evaluate(
                            "() => { const chart = document.querySelector('.chart-narrow svg').getBoundingClientRect();"
                                    + " return chart.width > 300 && chart.right <= window.innerWidth; }"))
                    .as("on a phone the trend chart is drawn for the phone: whole, without scrolling sideways")
                    .isTrue();
            assertThat(page.locator(".chart-wide").isVisible()).isFalse();
            page.locator(".chart-narrow")
                    .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(Browser.SCREENSHOTS.resolve("insights-trend-phone.png")));
            Browser.assertAccessible(page, "insights: pain over time");
            Browser.assertNoTextSmallerThan(page, 12, "pain over time on a phone");
            Browser.screenshot(page, "insights-pain");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All your patterns"))
                    .click();
            page.waitForURL("**/insights?days=30");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Each place, and the days before"))
                    .click();
            page.waitForURL("**/insights/where?days=30");
            Locator heatMap = page.getByRole(
                    AriaRole.IMG,
                    new Page.GetByRoleOptions().setName("Leg and foot map").setExact(false));
            assertThat(heatMap.first().isVisible()).isTrue();
            Locator soleRow = page.locator("table tr").filter(new Locator.FilterOptions().setHasText("left sole"));
            assertThat(soleRow.locator("td").first().textContent())
                    .as("days the left sole hurt")
                    .isEqualTo("30");
            Browser.assertAccessible(page, "insights: where it hurt");
            page.goBack();

            Locator more =
                    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("More about these days"));
            more.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("What it feels like"))
                    .click();
            page.waitForURL("**/insights/feels?days=30");
            assertThat(page.locator("main").textContent())
                    .contains("Ankles and feet", "Hurt on 30 days.", "burning: 30 days");
            Browser.assertAccessible(page, "insights: what it feels like");
            page.goBack();
            more.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sleep and the next day's pain"))
                    .click();
            page.waitForURL("**/insights/sleep?days=30");
            assertThat(page.locator("main").textContent()).contains("Not enough nights yet to compare");
            page.goBack();
            more.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("What seems to help"))
                    .click();
            page.waitForURL("**/insights/helps?days=30");
            assertThat(page.locator("#insights-helps ~ div table").textContent())
                    .contains("Heat");
            Object sideways = page.evaluate(
                    "() => { const r = document.querySelector('#insights-helps ~ div'); return r.scrollWidth - r.clientWidth; }");
            assertThat(((Number) sideways).intValue())
                    .as("each strategy's figures fit a phone without scrolling sideways")
                    .isLessThanOrEqualTo(0);
            page.locator("section[aria-labelledby=insights-helps]")
                    .screenshot(new Locator.ScreenshotOptions()
                            .setPath(Browser.SCREENSHOTS.resolve("insights-helps-phone.png")));
            Browser.assertAccessible(page, "insights: what helps");
            // Effects that take days (issue 29): count heat from the next day for two days, and the table says so.
            page.getByText("When an effect is counted", new Page.GetByTextOptions().setExact(true))
                    .click();
            Locator heatWindow =
                    page.locator("form.effect-window").filter(new Locator.FilterOptions().setHasText("Heat"));
            heatWindow.getByLabel("It could start").selectOption("1");
            heatWindow.getByLabel("and last").selectOption("2");
            Browser.assertAccessible(page, "insights: when an effect is counted");
            Browser.assertFocusNeverHidden(page, "insights: when an effect is counted");
            heatWindow
                    .getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Save when the effect of Heat is counted"))
                    .click();
            page.getByText("Saved. The table counts it over the days you chose.")
                    .waitFor();
            assertThat(page.locator("#insights-helps ~ div table").textContent())
                    .contains("from 1 to 2 days after");
            Browser.assertAccessible(page, "insights: what helps, a window chosen");
            Browser.assertNoHorizontalScroll(page, "insights: what helps, a window chosen");
            page.navigate(url("/insights?days=30"));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Each flare"))
                    .click();
            page.waitForURL("**/insights/flares?days=30");
            Locator flare = page.locator(".flare");
            assertThat(flare.count()).isEqualTo(1);
            assertThat(flare.textContent().replaceAll("\\s+", " "))
                    .contains("(2 days)", "Highest: 7.0 of 10", "Your usual level before it: 3.0.")
                    .contains("right calf, left sole and arch")
                    .contains("4.0 hours of sleep a night (usually 6.7)")
                    .contains("Things you usually do that were missing: Heat");
            page.getByText("Change what counts as a flare").click();
            page.getByLabel("Points above your usual level").selectOption("3");
            page.getByLabel("Days in a row").selectOption("1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and show again"))
                    .click();
            page.waitForURL("**/insights/flares?days=30");
            assertThat(page.locator("section[aria-labelledby=insights-flares] > p")
                            .first()
                            .textContent())
                    .contains("at least 3 points above your own usual level", "on one day.");
            assertThat(page.locator(".flare").count())
                    .as("the two flare days at 7 against a usual 3 are still a flare under the new rule")
                    .isEqualTo(1);
            page.getByText("Change what counts as a flare").click();
            assertThat(page.getByLabel("Points above your usual level").inputValue())
                    .isEqualTo("3");
            Browser.assertAccessible(page, "insights: flares");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All your patterns"))
                    .click();
            page.waitForURL("**/insights?days=30");

            page.getByText("Choose the days").click();
            page.getByLabel("First day").fill("2026-01-10");
            page.getByLabel("Last day").fill("2026-01-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show these days"))
                    .click();
            assertThat(page.locator("#to-error").textContent()).contains("on or after the first day");
            assertThat(page.getByLabel("First day").inputValue()).isEqualTo("2026-01-10");
            Browser.assertAccessible(page, "insights with a mistake");

            // Every month at once, from the overview; a month opens its own days.
            page.navigate(url("/insights?days=30"));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Over the years: every month since you started"))
                    .click();
            page.waitForURL("**/insights/years");
            assertThat(page.locator("h1").textContent()).isEqualTo("Over the years");
            assertThat(page.locator(".chart-narrow svg").isVisible()).isTrue();
            page.locator("summary", new Page.LocatorOptions().setHasText("Month by month"))
                    .click();
            Browser.assertAccessible(page, "over the years");
            assertThat(Browser.assertFocusNeverHidden(page, "/insights/years"))
                    .as("links and scrolled tables reached by Tab")
                    .isGreaterThan(5);
            Browser.assertNoTextSmallerThan(page, 12, "over the years on a phone");
            Browser.screenshot(page, "insights-years");
            LocalDate today = diary.today(new AccountId(
                    jdbc.sql("SELECT id FROM account").query(String.class).single()));
            page.locator("details table a").last().click();
            page.waitForURL("**/insights?from=" + today.withDayOfMonth(1) + "&to=" + today);
            assertThat(page.locator("h1").textContent()).isEqualTo("Your patterns");

            // A year is drawn and listed by week.
            page.navigate(url("/insights/pain?from=" + today.minusDays(364) + "&to=" + today));
            page.locator("summary", new Page.LocatorOptions().setHasText("The numbers week by week"))
                    .click();
            assertThat(page.locator("details table tbody tr").count()).isEqualTo(5);
            Browser.assertAccessible(page, "insights: a year of pain by week");

            page.setViewportSize(320, 640);
            for (String path : new String[] {
                "/insights", "/insights/pain", "/insights/where", "/insights/years", "/report", "/history"
            }) {
                page.navigate(url(path));
                Browser.assertNoHorizontalScroll(page, path + " with a month of data at 320 px");
            }

            page.setViewportSize(1280, 800);
            page.navigate(url("/insights/pain?days=30"));
            assertThat(page.locator(".chart-wide svg").isVisible())
                    .as("a wide screen gets the wide drawing")
                    .isTrue();
            assertThat(page.locator(".chart-narrow").isVisible()).isFalse();
            Browser.assertAccessible(page, "insights: pain over time on a wide screen");
            Browser.screenshot(page, "insights-pain-wide");
            page.navigate(url("/insights?days=30"));
            Browser.assertAccessible(page, "insights on a wide screen");
            Browser.screenshot(page, "insights-wide");
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-insights", e);
            throw e;
        }
    }
}
