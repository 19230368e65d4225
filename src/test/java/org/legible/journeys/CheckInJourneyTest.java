package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A person's first visit, in real Chromium: create an account, record a check-in on the map (by mouse and by
 * keyboard), see it in history, correct it, sign out. Every page visited passes axe; screenshots go to
 * target/screenshots.
 */
@TestPropertySource(properties = "legible.signup=closed")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class CheckInJourneyTest extends JourneyTest {

    /** Fills in the sign-up form the way a person would, and waits for the start page. */
    private static void createAccount(Page p, String email) {
        signUp(p, email);
        p.waitForURL("**/?welcome");
    }

    @Test
    void create_an_account_record_see_correct_and_sign_out() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "journey", p -> {
            p.navigate(url("/"));
            assertThat(p.url()).endsWith("/signup");
            Browser.assertAccessible(p, "sign-up");
            createAccount(p, "ann@example.com");
            assertThat(p.locator("h1").textContent()).contains("How are your legs and feet today?");
            Browser.assertAccessible(p, "today");

            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a check-in"))
                    .click();
            p.waitForURL("**/check-ins/new");
            assertThat(p.locator("h1").textContent()).isEqualTo("Check in");
            Browser.assertAccessible(p, "check-in (empty)");
            Browser.assertNoHorizontalScroll(p, "check-in on a phone");

            Locator map = p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Map of both legs and feet"));
            Locator heel = map.getByRole(
                    AriaRole.CHECKBOX,
                    new Locator.GetByRoleOptions().setName("left heel").setExact(true));
            heel.click();
            assertThat(heel.getAttribute("aria-checked")).isEqualTo("true");
            Locator heelRow = p.locator("[data-site-row='heel-left']");
            heelRow.locator("input[value='7']").check();
            heelRow.getByLabel("burning").check();
            heelRow.getByLabel("tingling").check();

            Locator calf = map.getByRole(
                    AriaRole.CHECKBOX,
                    new Locator.GetByRoleOptions().setName("right calf").setExact(true));
            calf.focus();
            p.keyboard().press("Space");
            assertThat(calf.getAttribute("aria-checked"))
                    .as("Space toggles a map region")
                    .isEqualTo("true");
            Locator calfRow = p.locator("[data-site-row='calf-right']");
            calfRow.locator("input[value='4']").check();
            calfRow.getByLabel("cramping").check();
            assertThat(heel.locator(".region-mark").textContent()).isEqualTo("7");

            p.locator("#overallPain input[value='6']").check();
            p.getByText("Sleep and tiredness").click();
            p.getByLabel("Hours slept last night").fill("6.5");
            p.locator("#sleepQuality input[value='4']").check();
            p.getByText("Mood and stress", new Page.GetByTextOptions().setExact(true))
                    .click();
            p.locator("#mood input[value='5']").check();
            p.locator("#stress input[value='7']").check();
            p.getByText("How much pain got in the way today").click();
            p.locator("#interference input[value='6']").check();
            p.getByText("What did you do about it?").click();
            p.getByLabel("Stretching").check();
            Locator stretching = p.locator(".strategy").filter(new Locator.FilterOptions().setHasText("Stretching"));
            stretching.getByLabel("Minutes").fill("10");
            stretching.getByLabel("Did it help?").selectOption("a_little");
            Browser.assertAccessible(p, "check-in (filled)");
            Browser.screenshot(p, "check-in");
            p.locator("#sites")
                    .screenshot(
                            new Locator.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("check-in-map.png")));
            p.locator("#check-in-form button[type='submit']:not([name])").last().click();
            p.waitForURL("**/history");
            assertThat(p.locator("h1").textContent()).isEqualTo("History");
            assertThat(p.locator("main").textContent())
                    .contains("Check-in saved.", "left heel 7", "right calf 4", "overall 6");
            Browser.assertAccessible(p, "history");
            Browser.screenshot(p, "history");
            assertThat(p.locator(".check-in-entry .entry-map").first().boundingBox().height)
                    .as("where it hurt, drawn beside the words")
                    .isGreaterThan(60);
            p.locator(".check-in-entry")
                    .first()
                    .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(Browser.SCREENSHOTS.resolve("history-entry.png")));

            p.locator(".check-in-entry a").first().click();
            p.waitForURL("**/check-ins/*");
            assertThat(p.locator("main").textContent())
                    .contains("burning", "tingling", "cramping", "6.5 hours", "Stretching")
                    .containsPattern("Mood \\(10 = very good\\)\\s+5 / 10")
                    .containsPattern("Stress \\(10 = the most\\)\\s+7 / 10")
                    .containsPattern("Pain got in the way of the day \\(10 = completely\\)\\s+6 / 10");
            Browser.assertAccessible(p, "check-in detail");

            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Correct"))
                    .click();
            p.waitForURL("**/edit");
            assertThat(p.locator("h1").textContent()).isEqualTo("Correct this check-in");
            p.locator("[data-site-row='heel-left'] input[value='5']").check();
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save correction"))
                    .click();
            p.waitForURL("**/history");
            String history = p.locator("main").textContent();
            assertThat(history)
                    .contains("Correction saved.", "left heel 5", "corrected")
                    .doesNotContain("left heel 7");

            // htmx remembers only the current path (hx-history="false" keeps pages out of its cache).
            Object stored =
                    p.evaluate("() => JSON.stringify([Object.keys(localStorage), Object.keys(sessionStorage)])");
            assertThat(stored.toString())
                    .as("no health data in browser storage")
                    .isIn("[[],[]]", "[[],[\"htmx-current-path-for-history\"]]");
            assertThat(browser.cspViolations).isEmpty();

            signOut(p);
            p.waitForURL("**/login?signedOut");
            assertThat(p.locator("main").textContent()).contains("You have signed out.");
            Browser.assertAccessible(p, "sign-in");
        });
    }

    @Test
    void a_red_flag_shows_what_to_do_the_moment_it_is_ticked_and_heads_the_saved_check_in() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "red-flag", p -> {
            p.navigate(url("/"));
            createAccount(p, "ann@example.com");
            p.navigate(url("/check-ins/new"));
            p.locator("#overallPain input[value='7']").check();
            p.getByText("Something new or different?").click();
            Locator question = p.getByLabel("One leg has suddenly become swollen, warm or red.");
            Locator advice = p.locator(".red-flag-question")
                    .filter(new Locator.FilterOptions().setHas(question))
                    .locator(".red-flag-advice");
            assertThat(advice.isVisible()).as("no advice before a yes").isFalse();
            question.focus();
            p.keyboard().press("Space");
            assertThat(advice.isVisible()).as("advice at once, before saving").isTrue();
            assertThat(advice.textContent()).contains("Get medical help today", "blood clot in a vein");
            Browser.assertAccessible(p, "check-in (red flag ticked)");
            Browser.screenshot(p, "check-in-red-flag");
            p.keyboard().press("Space");
            assertThat(advice.isVisible()).as("unticked, the advice goes").isFalse();
            p.keyboard().press("Space");

            p.locator("#check-in-form button[type='submit']:not([name])").last().click();
            p.waitForURL("**/check-ins/*");
            Locator box = p.locator("main .red-flag-box");
            assertThat(box.locator("h2").textContent()).isEqualTo("Get medical help today");
            assertThat(box.textContent())
                    .contains("You said one leg suddenly became swollen, warm or red.", "NICE NG158");
            assertThat(p.locator("main h2").first().textContent())
                    .as("the advice comes before the details")
                    .isEqualTo("Get medical help today");
            Browser.assertAccessible(p, "check-in with a red flag");
            Browser.screenshot(p, "check-in-red-flag-saved");

            p.navigate(url("/history"));
            assertThat(p.locator(".check-in-entry .tag-danger").textContent()).isEqualTo("red flag");
            p.navigate(url("/check-ins/new?copy=last"));
            assertThat(p.locator("input[name='redFlags']:checked").count())
                    .as("same as last time asks red flags afresh")
                    .isZero();
        });
    }

    @Test
    void without_javascript_every_page_still_works_and_the_map_gives_way_to_the_list() {
        Page page = browser.page(new NewContextOptions().setJavaScriptEnabled(false));
        journey(page, "no-script", p -> {
            p.navigate(url("/"));
            createAccount(p, "first@example.com");
            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a check-in"))
                    .click();
            p.waitForURL("**/check-ins/new");
            assertThat(p.locator("[data-bodymap]").isVisible()).isFalse();
            Locator sole = p.getByRole(
                    AriaRole.CHECKBOX,
                    new Page.GetByRoleOptions().setName("left sole and arch").setExact(true));
            assertThat(sole.isVisible()).isTrue();
            assertThat(p.locator("[data-site-row='sole-left'] .site-detail").count())
                    .as("a site's fields come only once it is chosen")
                    .isZero();
            sole.check();
            p.locator("#overallPain input[value='3']").check();
            // The folded sections are not in the first page; asking for one sends what was typed and returns whole.
            p.getByText("Sleep and tiredness").click();
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show these questions"))
                    .first()
                    .click();
            p.waitForURL("**/check-ins#sleepHours");
            p.getByLabel("Hours slept last night").fill("7");
            assertThat(sole.isChecked()).as("kept").isTrue();
            assertThat(p.locator("[data-deferred]").count()).isZero();
            p.locator("#check-in-form .form-actions button").click();
            p.waitForURL("**/check-ins");
            assertThat(p.locator(".error-summary").textContent())
                    .contains("left sole and arch: Choose how much it hurts");
            p.locator("[data-site-row='sole-left'] input[value='3']").check();
            assertThat(p.locator("#overallPain input[value='3']").isChecked())
                    .as("kept")
                    .isTrue();
            // No axe here: axe runs as script in the page, which this context forbids. The journey above
            // checks the same template with script on.
            p.locator("#check-in-form .form-actions button").click();
            p.waitForURL("**/history");
            assertThat(p.locator("main").textContent()).contains("Check-in saved.", "left sole and arch 3");
        });
    }

    @Test
    void when_the_rest_of_a_blank_check_in_cannot_come_the_page_says_so_and_offers_it_whole() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "sections-lost", p -> {
            p.navigate(url("/"));
            createAccount(p, "patchy@example.com");
            p.route("**/check-ins/new/sections", route -> route.abort());
            p.navigate(url("/check-ins/new"));
            Locator map = p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Map of both legs and feet"));
            map.getByRole(
                            AriaRole.CHECKBOX,
                            new Locator.GetByRoleOptions().setName("left heel").setExact(true))
                    .click();
            p.getByText("Sleep and tiredness").click();
            Locator sleep = p.locator("details[data-deferred='sleep']");
            assertThat(sleep.locator("[data-deferred-note]").textContent()).contains("could not be loaded");
            Browser.assertAccessible(p, "check-in without its sections");
            p.unrouteAll();
            sleep.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show these questions"))
                    .click();
            p.waitForURL("**/check-ins#sleepHours");
            assertThat(p.getByLabel("Hours slept last night").isVisible()).isTrue();
            Locator heelRow = p.locator("[data-site-row='heel-left']");
            assertThat(heelRow.locator("input.site-toggle").isChecked())
                    .as("kept")
                    .isTrue();
            heelRow.locator("input[value='5']").check();
            p.getByLabel("Hours slept last night").fill("5.5");
            p.locator("#overallPain input[value='5']").check();
            p.locator("#check-in-form .form-actions button").click();
            p.waitForURL("**/history");
            assertThat(p.locator("main").textContent()).contains("Check-in saved.", "left heel 5");
        });
    }

    @Test
    void typing_into_a_check_in_keeps_the_session_alive_but_an_untouched_page_does_not() {
        Page page = browser.page(new NewContextOptions());
        journey(page, "keep-alive", p -> {
            p.clock().install();
            p.navigate(url("/"));
            createAccount(p, "slow@example.com");
            java.util.List<String> pings = new java.util.concurrent.CopyOnWriteArrayList<>();
            p.onRequest(request -> {
                if (request.url().endsWith("/session/alive")) {
                    pings.add(request.method());
                }
            });
            p.navigate(url("/check-ins/new"));
            p.clock().runFor(5 * 60 * 1000);
            assertThat(pings).as("no activity, no ping").isEmpty();

            p.getByText("Note").click();
            p.getByLabel("Anything else you want to remember").pressSequentially("slowly");
            p.clock().runFor(5 * 60 * 1000);
            p.waitForCondition(() -> !pings.isEmpty());
            assertThat(pings).containsOnly("GET");
        });
    }

    @Test
    void the_other_pages_pass_axe_too() {
        Page page = browser.page(new NewContextOptions());
        journey(page, "other-pages", p -> {
            p.navigate(url("/"));
            createAccount(p, "pages@example.com");
            p.navigate(url("/check-ins/new"));
            p.locator("#overallPain input[value='2']").check();
            p.locator("#check-in-form .form-actions button").click();
            p.waitForURL("**/history");
            p.locator(".check-in-entry a").first().click();
            p.waitForURL("**/check-ins/*");
            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete"))
                    .click();
            p.waitForURL("**/delete");
            Browser.assertAccessible(p, "delete a check-in");
            p.navigate(url("/account"));
            Browser.assertAccessible(p, "account");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invitation link"))
                    .click();
            p.waitForURL("**/account");
            assertThat(p.locator(".invitation-link").textContent()).contains("/signup?invite=");
            Browser.assertAccessible(p, "account with an invitation link");
            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Backups of this Legible"))
                    .click();
            p.waitForURL("**/admin/backups");
            assertThat(p.locator("main").textContent()).contains("Download a backup now", "None are scheduled.");
            Browser.assertAccessible(p, "backups");
            p.navigate(url("/account/delete"));
            Browser.assertAccessible(p, "delete the account");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete everything"))
                    .click();
            assertThat(p.locator(".error-summary").textContent())
                    .contains("Type DELETE", "not your current passphrase");
            Browser.assertAccessible(p, "delete the account, with errors");
            p.navigate(url("/check-ins/00000000-0000-0000-0000-000000000000"));
            assertThat(p.locator("h1").textContent()).isEqualTo("Not found");
            Browser.assertAccessible(p, "not found");
            signOut(p);
            p.waitForURL("**/login?signedOut");
            p.navigate(url("/signup"));
            assertThat(p.locator("h1").textContent()).isEqualTo("Sign-up is by invitation");
            Browser.assertAccessible(p, "sign-up closed");
        });
    }

    @Test
    void the_check_in_page_works_at_200_percent_zoom() {
        Page page =
                browser.page(new NewContextOptions().setViewportSize(640, 400).setDeviceScaleFactor(2));
        journey(page, "zoom", p -> {
            p.navigate(url("/login"));
            Browser.assertNoHorizontalScroll(p, "sign-in at 200%");
            Browser.assertAccessible(p, "sign-in at 200%");
        });
    }
}
