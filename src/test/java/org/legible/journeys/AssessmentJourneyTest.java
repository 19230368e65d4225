package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Taking the ACR 2016 screen in real Chromium on a phone-sized screen: the leg areas arrive ticked from the day's
 * check-in, the person completes the rest, and the result shows the right numbers and band. Every page passes axe.
 */
// A fresh application (empty database) for each journey: it starts by creating the first account.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class AssessmentJourneyTest extends JourneyTest {

    private static Locator button(Page p, String name) {
        return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator link(Page p, String name) {
        return p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator checkbox(Page p, String name) {
        return p.getByRole(
                AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Answers one radio question by its legend and the option's label. */
    private static void answer(Page p, String question, String option) {
        p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question))
                .getByLabel(option, new Locator.GetByLabelOptions().setExact(true))
                .check();
    }

    @Test
    void take_the_acr_screen_with_leg_areas_from_the_check_in_and_read_the_result() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        try {
            journey(page);
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-assessment", e);
            throw e;
        }
    }

    private void journey(Page p) {
        p.navigate(url("/"));
        signUp(p, "ann@example.com");
        p.waitForURL("**/?welcome");
        assertThat(p.locator("main .notice").allTextContents())
                .as("one notice at a time, and nothing about screens before a few days of check-ins")
                .hasSize(1)
                .noneMatch(text -> text.contains("screen"));

        // A check-in with the left heel and the right calf.
        link(p, "Record a check-in").click();
        p.waitForURL("**/check-ins/new");
        Locator map = p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Map of both legs and feet"));
        map.getByRole(
                        AriaRole.CHECKBOX,
                        new Locator.GetByRoleOptions().setName("left heel").setExact(true))
                .click();
        p.locator("[data-site-row='heel-left'] input[value='6']").check();
        map.getByRole(
                        AriaRole.CHECKBOX,
                        new Locator.GetByRoleOptions().setName("right calf").setExact(true))
                .click();
        p.locator("[data-site-row='calf-right'] input[value='4']").check();
        p.locator("#overallPain input[value='5']").check();
        p.locator("#check-in-form button[type='submit']:not([name])").last().click();
        p.waitForURL("**/history");

        openFromMore(p, "Questionnaires");
        p.waitForURL("**/assessments");
        Browser.assertAccessible(p, "screens overview");
        p.locator("#card-acr-2016 + p ~ .actions-row a").getByText("Start").click();
        p.waitForURL("**/assessments/acr-2016/new");
        Browser.assertAccessible(p, "acr form");
        Browser.assertNoHorizontalScroll(p, "acr form on a phone");
        assertThat(checkbox(p, "Left lower leg (shin and calf)").isChecked())
                .as("a heel is not a WPI area: the left lower leg is offered unticked")
                .isFalse();
        assertThat(p.locator("#item-lower_leg_left-bordering").textContent())
                .contains(
                        "You marked pain at the left heel in your check-ins.",
                        "Tick it only if your shin or calf hurt too.");
        assertThat(checkbox(p, "Left lower leg (shin and calf)").getAttribute("aria-describedby"))
                .as("the prompt is read with the box")
                .isEqualTo("item-lower_leg_left-bordering");
        assertThat(checkbox(p, "Right lower leg (shin and calf)").isChecked())
                .as("right calf → right lower leg")
                .isTrue();
        assertThat(checkbox(p, "Left thigh (upper leg)").isChecked()).isFalse();
        Browser.screenshot(p, "acr-form");

        // Her left shin hurt too, so she ticks it herself. Finishing too early names what is missing and keeps the
        // ticks.
        checkbox(p, "Left lower leg (shin and calf)").check();
        checkbox(p, "Left shoulder area").check();
        button(p, "See my result").click();
        p.waitForURL("**/assessments/acr-2016/new");
        assertThat(p.locator(".error-summary").textContent()).contains("Tiredness or fatigue: Please choose an answer");
        assertThat(checkbox(p, "Left shoulder area").isChecked()).isTrue();
        assertThat(checkbox(p, "Left lower leg (shin and calf)").isChecked()).isTrue();
        Browser.assertAccessible(p, "acr form with errors");

        // WPI 8 over all five regions, SSS 5 + 1 = 6: criteria met, PSD 14 (severe).
        checkbox(p, "Right shoulder area").check();
        checkbox(p, "Left hip (buttock or side of the hip)").check();
        checkbox(p, "Right hip (buttock or side of the hip)").check();
        checkbox(p, "Neck").check();
        checkbox(p, "Lower back").check();
        answer(p, "Tiredness or fatigue", "Moderate: a real problem, often there");
        answer(p, "Waking up still tired, as if you had not slept", "Moderate: a real problem, often there");
        answer(
                p,
                "Trouble thinking, remembering or concentrating (\"fibro fog\")",
                "Slight or mild: mostly mild, or comes and goes");
        answer(p, "Headaches", "Yes");
        answer(p, "Pain or cramps in your lower belly", "No");
        answer(p, "Depression", "No");
        answer(p, "Have your pain and these symptoms been there, more or less, for at least 3 months?", "Yes");
        button(p, "See my result").click();
        p.waitForURL("**/assessments/acr-2016/*");
        String result = p.locator("main").textContent();
        assertThat(result)
                .contains("Your answers meet the 2016 criteria")
                .contains("Your polysymptomatic distress score is 14 of 31: severe.")
                .contains("Pain index 8 of 19, symptom severity 6 of 12")
                .contains("Pain in 5 of the 5 regions")
                .contains("not valid for diagnosing one person")
                .contains("Suggested by your check-ins and kept by you: Right lower leg (shin and calf).");
        Browser.assertAccessible(p, "acr result");
        Browser.assertNoHorizontalScroll(p, "acr result on a phone");
        Browser.screenshot(p, "acr-result");

        link(p, "Delete").click();
        p.waitForURL("**/delete");
        Browser.assertAccessible(p, "delete a screen");
        link(p, "No, keep it").click();
        p.waitForURL("**/assessments/acr-2016/*");

        link(p, "Scores over time").first().click();
        p.waitForURL("**/assessments/history");
        assertThat(p.locator("svg.chart").first().getAttribute("aria-label"))
                .contains("polysymptomatic distress score in 1 screen(s)");
        Browser.assertAccessible(p, "scores over time");

        p.navigate(url("/assessments/neuropathic-profile"));
        Browser.assertAccessible(p, "neuropathic profile");
        p.navigate(url("/assessments/restless-legs/new"));
        Browser.assertAccessible(p, "restless-legs form");
        for (String question : new String[] {
            "Do you get an urge to move your legs, usually with uncomfortable feelings in them?",
            "Does it start or get worse when you rest, sitting or lying down?",
            "Does moving, like walking or stretching, ease it, at least while you keep moving?",
            "Does it happen only in the evening or at night, or is it worse then than in the day?",
            "Over the past year, without treatment, has it happened on average twice a week or more?",
            "Has it happened at least five times in your life?",
            "Does it really trouble you, for example by disturbing your sleep, energy, daily life, mood or concentration?"
        }) {
            answer(p, question, "Yes");
        }
        p.getByLabel("Ferritin, in ng/mL (the same number as µg/L)").fill("60");
        button(p, "See my result").click();
        p.waitForURL("**/assessments/restless-legs/*");
        assertThat(p.locator("main").textContent())
                .contains("You reported all four features you can report yourself", "Ferritin: 60 ng/mL");
        Browser.assertAccessible(p, "restless-legs result");
        p.navigate(url("/assessments/scores/new"));
        button(p, "Save score").click();
        p.waitForURL("**/assessments/scores");
        assertThat(p.locator(".error-summary").textContent()).contains("Please enter the FIQR total");
        Browser.assertAccessible(p, "score form with errors");
        p.locator("#score").fill("42");
        button(p, "Save score").click();
        p.waitForURL("**/assessments");
        p.locator("a[aria-label^='Delete the score from']").click();
        p.waitForURL("**/delete");
        Browser.assertAccessible(p, "delete a clinic score");
        p.navigate(url("/import"));
        Browser.assertAccessible(p, "import");

        // An API token: errors first, then shown once, then revoked.
        p.navigate(url("/account"));
        link(p, "Manage access tokens").click();
        p.waitForURL("**/account/tokens");
        button(p, "Create token").click();
        assertThat(p.locator(".error-summary").textContent()).contains("Give the token a name.");
        Browser.assertAccessible(p, "token form with errors");
        p.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("my spreadsheet");
        p.getByLabel("Your passphrase, to confirm it is you").fill(PASSPHRASE);
        button(p, "Create token").click();
        p.waitForURL("**/account/tokens");
        assertThat(p.getByLabel("Token", new Page.GetByLabelOptions().setExact(true))
                        .inputValue())
                .startsWith("lgb_");
        Browser.assertAccessible(p, "new token shown once");
        button(p, "Revoke the token my spreadsheet").click();
        assertThat(p.locator(".notice").textContent()).contains("Token revoked.");

        // The clinician report: the page, a mistake kept next to its field, the preview with the note, the PDF.
        link(p, "Report").click();
        p.waitForURL("**/report");
        assertThat(p.locator(".report-sheet").textContent()).contains("left heel", "distress score 14 of 31");
        Browser.assertAccessible(p, "report");
        Browser.assertNoHorizontalScroll(p, "report on a phone");
        p.getByLabel("Last day").fill("2099-01-01");
        p.getByLabel("A note to your clinician (optional)").fill("Evenings are the worst.");
        button(p, "Show the report").click();
        assertThat(p.locator("#to-error").textContent()).contains("The last day cannot be after today.");
        assertThat(p.getByLabel("A note to your clinician (optional)").inputValue())
                .isEqualTo("Evenings are the worst.");
        Browser.assertAccessible(p, "report with errors");
        link(p, "Last 30 days").click();
        p.getByLabel("A note to your clinician (optional)").fill("Evenings are the worst.");
        button(p, "Show the report").click();
        assertThat(p.locator(".report-note").textContent()).contains("In my own words", "Evenings are the worst.");
        Browser.assertAccessible(p, "report with a note");
        Browser.screenshot(p, "report");
        com.microsoft.playwright.Download pdf =
                p.waitForDownload(() -> button(p, "Download PDF").click());
        assertThat(pdf.suggestedFilename()).startsWith("legible-report-").endsWith(".pdf");
        assertThat(browser.cspViolations).isEmpty();
    }
}
