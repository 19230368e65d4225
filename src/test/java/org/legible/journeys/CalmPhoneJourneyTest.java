package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;

/**
 * The app on a phone (390 × 844), at 320 pixels and on a wide screen: the navigation bar, the design page, the
 * forms with their sticky save bar, in light and dark.
 */
class CalmPhoneJourneyTest extends JourneyTest {

    @Test
    void no_control_of_the_check_in_check_up_or_a_screen_is_hidden_behind_a_bar_when_it_has_focus() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "focus", p -> {
            newAccount(p, "focus@example.com");
            for (String form : new String[] {"/check-ins/new", "/check-up", "/assessments/acr-2016/new"}) {
                p.navigate(url(form));
                int visited = Browser.assertFocusNeverHidden(p, form);
                assertThat(visited).as("controls reached by Tab on " + form).isGreaterThan(20);
            }
        });
    }

    @Test
    void a_note_too_long_to_send_stays_on_the_page_with_the_reason_beside_it() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "long note", p -> {
            newAccount(p, "longnote@example.com");
            p.navigate(url("/check-ins/new"));
            p.locator("summary", new Page.LocatorOptions().setHasText("Note")).click();
            // Pasted, as a long text would be: 20,001 characters.
            p.locator("#note").fill("a".repeat(20_001));
            p.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Save check-in").setExact(true))
                    .click();

            assertThat(p.url()).endsWith("/check-ins/new");
            assertThat(p.locator("#note-error").textContent())
                    .isEqualTo("Notes can be up to 20,000 characters, and this one is longer. Please shorten it."
                            + " Nothing has been sent, and nothing you typed is lost.");
            assertThat(p.evaluate("() => document.activeElement.id")).isEqualTo("note");
            assertThat(p.locator("#note").inputValue()).hasSize(20_001);
            Browser.assertAccessible(p, "check-in with a note too long");
        });
    }

    @Test
    void a_correction_made_in_two_tabs_shows_both_versions_and_loses_neither() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "two tabs", p -> {
            newAccount(p, "twotabs@example.com");
            p.navigate(url("/check-ins/new"));
            p.locator("#overallPain input[value='4']").check();
            p.locator("#check-in-form .form-actions button").click();
            p.waitForURL("**/history");
            p.locator(".check-in-entry a").first().click();
            p.waitForURL("**/check-ins/*");
            String edit = p.url() + "/edit";
            Page other = p.context().newPage();
            p.navigate(edit);
            other.navigate(edit);
            other.locator("#overallPain input[value='6']").check();
            other.locator("#check-in-form .form-actions button").click();
            other.waitForURL("**/history");

            p.locator("#overallPain input[value='2']").check();
            p.locator("#check-in-form .form-actions button").click();

            assertThat(p.locator(".error-summary").textContent())
                    .contains("corrected somewhere else after you opened it, so nothing was saved");
            assertThat(p.locator(".saved-now").textContent()).contains("What is saved now", "6 / 10");
            assertThat(p.locator("#overallPain input[value='2']").isChecked()).isTrue();
            Browser.assertAccessible(p, "a correction refused because another came first");
        });
    }

    @Test
    void a_places_words_are_one_tab_stop_and_the_arrow_keys_move_between_them() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        journey(page, "words", p -> {
            newAccount(p, "words@example.com");
            p.navigate(url("/check-ins/new"));
            p.locator("svg.bodymap-svg")
                    .getByRole(
                            AriaRole.CHECKBOX,
                            new Locator.GetByRoleOptions().setName("left heel").setExact(true))
                    .click();
            Locator words = p.locator("[data-site-row='heel-left'] .descriptors");
            // The site's row may still be arriving (deferred sections): wait for it rather than look once.
            words.locator("[data-roving-hint]").waitFor();
            assertThat(words.locator("[data-roving-hint]").isVisible()).isTrue();
            words.locator("input").first().focus();
            p.keyboard().press("ArrowDown");
            p.keyboard().press("ArrowDown");
            p.keyboard().press("Space");
            assertThat(words.getByLabel("heaviness").isChecked()).isTrue();
            p.keyboard().press("Tab");
            Object inWords = p.evaluate("() => !!document.activeElement.closest('.descriptors')");
            assertThat(inWords).as("one Tab leaves the words").isEqualTo(false);
            p.keyboard().press("Shift+Tab");
            Object back = p.evaluate("() => document.activeElement.value");
            assertThat(back).as("back to the word last used").isEqualTo("heaviness");
            Browser.assertAccessible(p, "check-in with the words grouped");
        });
    }

    @Test
    void the_navigation_bar_and_every_page_of_more_read_well_on_a_phone_at_320_pixels_and_in_dark_mode() {
        Page page =
                browser.page(new NewContextOptions().setViewportSize(390, 844).setColorScheme(ColorScheme.DARK));
        journey(page, "phone", p -> {
            p.navigate(url("/design"));
            Browser.assertAccessible(p, "design page, dark");
            Browser.screenshot(p, "design-dark");
            newAccount(p, "nav@example.com");
            Browser.assertAccessible(p, "today, dark");
            Browser.screenshot(p, "today-dark");
            assertThat(p.locator(".tab-bar a[aria-current='page']").textContent())
                    .contains("Today");
            Object bar = p.evaluate("() => { const r = document.querySelector('.site-header .tab-bar')"
                    + ".getBoundingClientRect(); return [Math.round(r.bottom), Math.round(r.height)]; }");
            assertThat(bar.toString()).as("the bar sits on the bottom edge").startsWith("[844,");
            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("More"))
                    .click();
            p.waitForURL("**/more");
            Browser.assertAccessible(p, "more, dark");
            Browser.screenshot(p, "more");
            p.navigate(url("/check-ins/new"));
            p.locator("svg.bodymap-svg")
                    .getByRole(
                            AriaRole.CHECKBOX,
                            new Locator.GetByRoleOptions().setName("left heel").setExact(true))
                    .click();
            p.locator("[data-site-row='heel-left'] input[value='9']").check();
            Browser.assertAccessible(p, "check-in, dark");
            Browser.screenshot(p, "check-in-dark");

            p.setViewportSize(320, 640);
            for (String path : new String[] {"/", "/more", "/design", "/check-ins/new", "/insights", "/report"}) {
                p.navigate(url(path));
                Browser.assertNoHorizontalScroll(p, path + " at 320 px");
            }
        });
    }

    @Test
    void on_a_wide_screen_the_five_destinations_are_one_row_in_the_header() {
        Page page = browser.page(new NewContextOptions().setViewportSize(1280, 800));
        journey(page, "wide", p -> {
            newAccount(p, "wide@example.com");
            Object tops = p.evaluate("() => [...document.querySelectorAll('.tab-bar a')]"
                    + ".map(a => Math.round(a.getBoundingClientRect().top)).filter((t, i, all) => all.indexOf(t) === i)"
                    + ".length");
            assertThat(((Number) tops).intValue()).as("rows of destinations").isEqualTo(1);
            Browser.assertAccessible(p, "today, wide");
            Browser.screenshot(p, "today-wide");
            p.navigate(url("/design"));
            Browser.assertAccessible(p, "design page, wide");
            Browser.screenshot(p, "design-wide");
        });
    }
}
