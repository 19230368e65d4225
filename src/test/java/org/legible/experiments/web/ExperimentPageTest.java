package org.legible.experiments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.Diary;
import org.legible.diary.TrackedStrategies;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.experiments.Experiments;
import org.legible.insights.BlockSchedule;
import org.legible.insights.BlockSchedule.Arm;
import org.legible.support.CheckIns;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A personal experiment through the pages: started, refused while one runs, followed, stopped, deleted, exported. */
@LegibleTest
@Import(TestClockConfiguration.class)
class ExperimentPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    Accounts accounts;

    @Autowired
    Diary diary;

    @Autowired
    TrackedStrategies tracked;

    @Autowired
    Experiments experiments;

    MockHttpSession ann;
    String email;
    AccountId account;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-11-01T12:00:00Z"));
        email = People.uniqueEmail("ann");
        ann = new People(mvc).signUp(email);
        account = accounts.findByEmail(email).orElseThrow();
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url).session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("\\s+", " ");
    }

    private MockHttpServletResponse start(String strategy, String days) throws Exception {
        return mvc.perform(post("/experiments")
                        .session(ann)
                        .with(csrf())
                        .param("strategy", strategy)
                        .param("design", "before-after")
                        .param("days", days))
                .andReturn()
                .getResponse();
    }

    private void checkIn(LocalDate day, int pain, boolean heat) {
        diary.record(
                account,
                CheckIns.on(day, pain)
                        .strategies(heat ? List.of(new StrategyUse(Strategy.HEAT, null, null, null, null)) : List.of())
                        .details());
    }

    @Test
    void an_experiment_is_started_followed_stopped_and_deleted_and_only_one_runs_at_a_time() throws Exception {
        assertThat(html("/experiments?strategy=heat"))
                .as("a strategy chosen elsewhere comes chosen")
                .contains("<option value=\"heat\" selected=\"selected\">Heat</option>");

        MockHttpServletResponse bad = start("hope", "10");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString())
                .contains("id=\"strategy-error\"", "Choose a strategy from the list.")
                .contains("Choose two, three or four weeks.");

        // Fourteen days before it at pain 6, entered as missed days.
        for (int i = 1; i <= 14; i++) {
            checkIn(LocalDate.of(2026, 11, 1).minusDays(i), 6, false);
        }
        String url = start("heat", "14").getRedirectedUrl();
        assertThat(url).matches("/experiments/[0-9a-f-]{36}");
        assertThat(tracked.tracked(account)).extracting(t -> t.strategy()).contains(Strategy.HEAT);
        assertThat(start("stretching", "21").getContentAsString())
                .contains("Another experiment is still running or planned.");

        // Six days of it at pain 4, heat recorded on five of them.
        clock.set(clock.instant().plus(Duration.ofDays(5)));
        ann = new People(mvc).signIn(email, People.PASSPHRASE); // five days on, the session has ended
        for (int i = 0; i < 6; i++) {
            checkIn(LocalDate.of(2026, 11, 1).plusDays(i), 4, i != 3);
        }
        String page = html(url);
        assertThat(page)
                .contains("Experiment: Heat")
                .contains("From 1 Nov 2026 for 14 days, to 14 Nov 2026.")
                .contains("Day 6 of 14.")
                .contains("You recorded Heat on 5 of its 6 days so far.")
                .contains("The 14 days before it: daily mean pain 6.0 of 10 (14 days with a check-in).")
                .contains("Its days so far: daily mean pain 4.0 of 10 (6 days with a check-in).")
                .contains("Its days minus the days before: −2.0 (90% interval −2.0 to −2.0")
                .contains("Pain was lower on its days");
        assertThat(html("/experiments")).contains("Running now", "Heat, from 1 Nov 2026, 14 days");
        assertThat(html("/experiments/today"))
                .as("the start page's line")
                .contains("Day 6 of 14 of your experiment with Heat");

        mvc.perform(post(url + "/stop").session(ann).with(csrf()));
        assertThat(html(url)).contains("Stopped on 6 Nov 2026, after 6 days.").doesNotContain("Stop it today");
        assertThat(html("/experiments/today")).doesNotContain("of your experiment");
        assertThat(mvc.perform(get("/export/legible.json").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .replaceAll("\\s+", ""))
                .contains("\"experiments\":[{\"strategy\":\"heat\",\"startedOn\":\"2026-11-01\",\"days\":14,"
                        + "\"endedOn\":\"2026-11-06\"");

        MockHttpSession bob = new People(mvc).signUp(People.uniqueEmail("bob"));
        assertThat(mvc.perform(get(url).session(bob)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post(url + "/delete").session(bob).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        mvc.perform(post(url + "/delete").session(ann).with(csrf()));
        assertThat(html("/experiments")).contains("None yet.");
        assertThat(diary.between(account, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30)))
                .as("deleting an experiment keeps the check-ins")
                .hasSize(20);
    }

    private MockHttpServletResponse plan(String... pairs) throws Exception {
        var request = post("/experiments").session(ann).with(csrf());
        for (int i = 0; i < pairs.length; i += 2) {
            request.param(pairs[i], pairs[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void a_plan_the_rules_refuse_comes_back_with_what_was_typed_and_each_problem_by_its_field() throws Exception {
        MockHttpServletResponse tooLong = plan(
                "design",
                "a-against-b",
                "strategy",
                "heat",
                "against",
                "heat",
                "blockDays",
                "30",
                "pairs",
                "2",
                "startOn",
                "2026-10-31");
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString().replaceAll("\\s+", " "))
                .contains("A block is 3 to 7 days.")
                .contains("Choose two different strategies, or name two ways of this one (way A and way B).")
                .contains("An experiment cannot start in the past: choose today or a later day.")
                .contains("value=\"2026-10-31\"")
                .contains("value=\"a-against-b\" checked=\"checked\"");
        assertThat(plan("design", "on-off", "strategy", "heat", "blockDays", "0", "pairs", "2")
                        .getContentAsString())
                .contains("A block is 3 to 7 days.");
        assertThat(plan("design", "before-after", "strategy", "heat", "days", "14", "preview", "1")
                        .getContentAsString())
                .contains("Every day against the days before cannot say beforehand what it could show");
        assertThat(experiments.list(account)).isEmpty();
    }

    @Test
    void blocks_in_a_random_order_are_shown_as_each_begins_asked_about_in_the_check_in_and_compared() throws Exception {
        assertThat(html("/experiments"))
                .as("too few days to say what it could show")
                .contains("Once you have 14 days with a check-in");
        for (int i = 1; i <= 20; i++) {
            checkIn(LocalDate.of(2026, 11, 1).minusDays(i), 4 + i % 3, false);
        }
        MockHttpServletResponse preview = plan(
                "design",
                "on-off",
                "strategy",
                "heat",
                "startOn",
                "2026-11-01",
                "blockDays",
                "3",
                "pairs",
                "2",
                "washoutDays",
                "0",
                "preview",
                "1");
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString().replaceAll("\\s+", " "))
                .contains("With your usual ups and downs over the last 8 weeks, 12 days of blocks like these can show"
                        + " a change in daily pain of about");
        assertThat(experiments.list(account)).as("a preview starts nothing").isEmpty();

        String url = plan(
                        "design",
                        "on-off",
                        "strategy",
                        "heat",
                        "startOn",
                        "2026-11-01",
                        "blockDays",
                        "3",
                        "pairs",
                        "2",
                        "washoutDays",
                        "0")
                .getRedirectedUrl();
        Experiment experiment = experiments.list(account).get(0);
        BlockSchedule schedule = experiment.schedule().orElseThrow();
        boolean firstWithHeat =
                schedule.on(LocalDate.of(2026, 11, 1)).orElseThrow().arm() == Arm.A;
        String first = firstWithHeat ? "days with Heat until 3 Nov" : "days without Heat until 3 Nov";
        assertThat(html(url))
                .contains("Experiment: Heat on and off")
                .contains("From 1 Nov 2026 to 12 Nov 2026: 2 pairs of blocks of 3 days.")
                .contains("Day 1 of 12 of your experiment: block 1 of 4, " + first)
                .contains("3 more blocks are shown as each begins.")
                .contains("Too few days yet to tell");
        assertThat(html("/experiments/today")).contains("block 1 of 4, " + first);
        assertThat(html("/experiments/check-in"))
                .contains(firstWithHeat ? "Tick Heat below if you used it today." : "Leave Heat unticked");

        // Twelve days on: heat on its days, with pain 3, and none on the others, with pain 6.
        clock.set(clock.instant().plus(Duration.ofDays(11)));
        ann = new People(mvc).signIn(email, People.PASSPHRASE);
        for (int i = 0; i < 12; i++) {
            LocalDate day = LocalDate.of(2026, 11, 1).plusDays(i);
            boolean heat = schedule.on(day).orElseThrow().arm() == Arm.A;
            checkIn(day, heat ? 3 : 6, heat);
        }
        String page = html(url);
        assertThat(page)
                .as("every block, now all have begun")
                .doesNotContain("shown as each begins")
                .contains("Daily pain was lower in the blocks with Heat than in the blocks without Heat")
                .contains("Blocks with Heat minus blocks without Heat: −3.0 points of daily pain")
                .contains("of the 4 orders the 2 compared pairs could have been drawn in, 2 give a difference at"
                        + " least this large (p = 0.5)")
                .contains("12 of its 12 days counted (days with a check-in")
                .contains("Days with Heat: followed on 6 of the 6 days with a check-in.")
                .contains("Days without Heat: followed on 6 of the 6 days with a check-in.")
                .contains("href=\"/report?from=2026-11-01&amp;to=2026-11-12\"");
        assertThat(page.split("<th scope=\"row\">", -1))
                .as("four blocks in the table")
                .hasSize(5);

        // The clinic: the report for its days, page and PDF, carries the result.
        String report = html("/report?from=2026-11-01&to=2026-11-12");
        assertThat(report)
                .contains("Personal experiments")
                .contains("Heat on and off, Nov 1, 2026 to Nov 12, 2026")
                .contains("2 pairs of blocks of 3 days, the order in each pair drawn at random.")
                .contains("Daily pain was lower in the blocks with Heat than in the blocks without Heat");
        assertThat(html("/report?from=2026-11-02&to=2026-11-12"))
                .as("a period that leaves out some of its days leaves it out")
                .doesNotContain("Personal experiments");
        byte[] pdf = mvc.perform(post("/report/pdf")
                        .session(ann)
                        .with(csrf())
                        .param("from", "2026-11-01")
                        .param("to", "2026-11-12")
                        .param("paper", "a4"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Personal experiments")
                    .contains("Blocks with Heat minus blocks without Heat: −3.0 points of daily pain");
            assertThat(document.getNumberOfPages())
                    .as("the report and its detail page")
                    .isEqualTo(2);
        }
    }

    @Test
    void a_plan_for_a_later_day_is_shown_as_planned_names_no_block_yet_and_can_be_taken_back() throws Exception {
        String url = plan(
                        "design", "on-off", "strategy", "heat", "startOn", "2026-11-08", "blockDays", "7", "pairs", "2")
                .getRedirectedUrl();
        assertThat(html("/experiments")).contains("Planned", "Heat on and off, from 8 Nov 2026, 28 days");
        assertThat(html(url))
                .contains("It starts on 8 Nov 2026. Each block is shown on the day it begins")
                .doesNotContain("The blocks so far")
                .contains("Take back this plan");
        assertThat(html("/experiments/today")).contains("Your experiment with Heat on and off starts on 8 Nov 2026.");
        assertThat(html("/experiments/check-in")).doesNotContain("block");
        assertThat(plan("design", "before-after", "strategy", "stretching", "days", "14")
                        .getContentAsString())
                .as("one at a time, planned ones included")
                .contains("Another experiment is still running or planned.");

        mvc.perform(post(url + "/stop").session(ann).with(csrf()));
        assertThat(html("/experiments"))
                .contains("The planned experiment is taken back; nothing of it had begun.")
                .contains("None yet.");
        assertThat(experiments.list(account)).isEmpty();
    }

    @Test
    void two_ways_of_taking_a_medicine_are_compared_and_each_day_the_person_says_whether_they_followed_it()
            throws Exception {
        MockHttpServletResponse oneWay = plan(
                "design", "a-against-b", "strategy", "medication", "against", "medication", "wayA", "150 mg at night");
        assertThat(oneWay.getStatus()).isEqualTo(422);
        assertThat(oneWay.getContentAsString())
                .contains(
                        "id=\"wayB-error\"",
                        "Name this way too: two ways of one strategy are told apart by their names.")
                .as("what was typed comes back")
                .contains("value=\"150 mg at night\"");

        String url = plan(
                        "design",
                        "a-against-b",
                        "strategy",
                        "medication",
                        "against",
                        "medication",
                        "wayA",
                        "150 mg at night",
                        "wayB",
                        "75 mg twice a day",
                        "blockDays",
                        "3",
                        "pairs",
                        "2")
                .getRedirectedUrl();
        Experiment experiment = experiments.list(account).get(0);
        BlockSchedule schedule = experiment.schedule().orElseThrow();
        String first = schedule.on(LocalDate.of(2026, 11, 1)).orElseThrow().arm() == Arm.A
                ? "with Medication (150 mg at night)"
                : "with Medication (75 mg twice a day)";
        assertThat(html(url))
                .contains("Experiment: Medication: 150 mg at night against 75 mg twice a day")
                .contains("block 1 of 4, days " + first + " until 3 Nov")
                .contains("Did you follow today&#39;s block, " + first + "?");
        String checkIn = html("/experiments/check-in");
        assertThat(checkIn)
                .as("ticking medication cannot tell two ways of it apart, so the check-in asks")
                .contains("Did you follow today&#39;s block, " + first + "?")
                .contains("type=\"button\"")
                .doesNotContain("Tick Medication")
                .doesNotContain("aria-pressed=\"true\"");

        String answered = mvc.perform(post(url + "/followed")
                        .session(ann)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("answer", "yes"))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("\\s+", " ");
        assertThat(answered)
                .contains("Kept: you followed today&#39;s block.")
                .contains("id=\"followed-yes\"")
                .containsPattern("id=\"followed-yes\"[^>]*aria-pressed=\"true\"");
        MockHttpServletResponse maybe = mvc.perform(post(url + "/followed")
                        .session(ann)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("answer", "maybe"))
                .andReturn()
                .getResponse();
        assertThat(maybe.getStatus()).isEqualTo(422);
        assertThat(maybe.getContentAsString()).contains("Choose yes or no.");
        assertThat(experiments.answers(account, experiment.id()))
                .as("the refused answer changed nothing")
                .containsEntry(LocalDate.of(2026, 11, 1), true);

        // Without scripts, the experiment's page has a form of its own; a second answer replaces the first.
        mvc.perform(post(url + "/followed").session(ann).with(csrf()).param("answer", "no"));
        assertThat(experiments.answers(account, experiment.id())).containsEntry(LocalDate.of(2026, 11, 1), false);
        checkIn(LocalDate.of(2026, 11, 1), 5, false);
        assertThat(html(url))
                .contains("Kept: you did not follow today&#39;s block.")
                .contains("Days " + first + ": you said you followed them on 0 of the 1 day with a check-in.");
        assertThat(html("/report?from=2026-11-01&to=2026-11-01"))
                .contains("Medication: 150 mg at night against 75 mg twice a day, Nov 1, 2026 to Nov 1, 2026");

        // An experiment whose ticks tell asks nothing, and no one else can answer for it.
        mvc.perform(post(url + "/stop").session(ann).with(csrf()));
        String heat = plan("design", "on-off", "strategy", "heat", "blockDays", "3", "pairs", "2")
                .getRedirectedUrl();
        assertThat(mvc.perform(post(heat + "/followed")
                                .session(ann)
                                .with(csrf())
                                .param("answer", "yes"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(422);
        MockHttpSession bob = new People(mvc).signUp(People.uniqueEmail("bob"));
        assertThat(mvc.perform(post(heat + "/followed")
                                .session(bob)
                                .with(csrf())
                                .param("answer", "yes"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
