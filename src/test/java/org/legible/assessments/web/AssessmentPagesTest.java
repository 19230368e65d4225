package org.legible.assessments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.legible.support.People.siteIndex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Taking, resuming, reading and deleting screens through the real pages, as a browser would. */
@LegibleTest
@Import(TestClockConfiguration.class)
class AssessmentPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    People people;
    String annsEmail;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        // Europe/London, default day boundary 04:00: noon UTC on 10 March is diary day 10 March.
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        annsEmail = People.uniqueEmail("ann");
        ann = people.signUp(annsEmail);
    }

    private String page(String url) throws Exception {
        return page(url, ann);
    }

    private String page(String url, MockHttpSession session) throws Exception {
        return people.page(session, url);
    }

    private static MockHttpServletRequestBuilder acr(String url, MockHttpSession session, String action) {
        return post(url).session(session).with(csrf()).param("action", action);
    }

    /** Nine painful areas over three lower regions and the axial one, SSS 4 + 2 = 6, 3 months: criteria met. */
    private static MockHttpServletRequestBuilder completeAcr(MockHttpSession session) {
        return acr("/assessments/acr-2016/new", session, "finish")
                .param("item.hip_left", "yes")
                .param("item.upper_leg_left", "yes")
                .param("item.lower_leg_left", "yes")
                .param("item.hip_right", "yes")
                .param("item.lower_leg_right", "yes")
                .param("item.shoulder_girdle_left", "yes")
                .param("item.neck", "yes")
                .param("item.lower_back", "yes")
                .param("item.jaw_right", "yes")
                .param("item.fatigue", "2")
                .param("item.waking_unrefreshed", "1")
                .param("item.cognitive_symptoms", "1")
                .param("item.headaches", "yes")
                .param("item.lower_abdominal_pain_or_cramps", "no")
                .param("item.depression", "yes")
                .param("item.symptoms_three_months", "yes");
    }

    private static String location(MvcResult result) {
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void a_heel_alone_leaves_the_lower_leg_unticked_with_a_plain_prompt_since_the_criteria_have_no_foot_area()
            throws Exception {
        int heel = siteIndex("heel-left");
        mvc.perform(checkIn("/check-ins", ann)
                        .param("sites[" + heel + "].selected", "on")
                        .param("sites[" + heel + "].intensity", "6")
                        .param("overallPain", "5"))
                .andExpect(status().is3xxRedirection());
        int thigh = siteIndex("thigh_front-right");
        mvc.perform(checkIn("/check-ins", ann)
                        .param("diaryDay", "2026-03-02")
                        .param("sites[" + thigh + "].selected", "on")
                        .param("sites[" + thigh + "].intensity", "6")
                        .param("overallPain", "5"))
                .andExpect(status().is3xxRedirection());

        String form = page("/assessments/acr-2016/new");
        assertThat(checked(form, "item.lower_leg_left"))
                .as("a heel is not a WPI area, so the lower leg is offered unticked")
                .isFalse();
        assertThat(checked(form, "item.upper_leg_right"))
                .as("a check-in 8 days ago is outside the past week")
                .isFalse();
        assertThat(checked(form, "item.hip_left")).isFalse();
        assertThat(form)
                .contains("You marked pain at the left heel in your check-ins.")
                .contains("Tick it only if your shin or calf hurt too.")
                .doesNotContain("name=\"suggested.lower_leg_left\"");
        assertThat(form.split("type=\"checkbox\"", -1)).as("19 WPI areas").hasSize(20);
    }

    @Test
    void an_area_ticked_from_the_check_ins_and_kept_is_stored_and_shown_as_coming_from_them() throws Exception {
        int calf = siteIndex("calf-left");
        mvc.perform(checkIn("/check-ins", ann)
                        .param("sites[" + calf + "].selected", "on")
                        .param("sites[" + calf + "].intensity", "6")
                        .param("overallPain", "5"))
                .andExpect(status().is3xxRedirection());
        int thigh = siteIndex("thigh_back-right");
        mvc.perform(checkIn("/check-ins", ann)
                        .param("sites[" + thigh + "].selected", "on")
                        .param("sites[" + thigh + "].intensity", "4")
                        .param("overallPain", "4"))
                .andExpect(status().is3xxRedirection());

        String form = page("/assessments/acr-2016/new");
        assertThat(checked(form, "item.lower_leg_left")).isTrue();
        assertThat(checked(form, "item.upper_leg_right")).isTrue();
        assertThat(form)
                .contains("name=\"suggested.lower_leg_left\" value=\"yes\"")
                .contains("name=\"suggested.upper_leg_right\" value=\"yes\"");

        // The person keeps the calf, unticks the thigh and ticks the neck.
        String result = location(mvc.perform(completeAcr(ann)
                        .param("suggested.lower_leg_left", "yes")
                        .param("suggested.upper_leg_right", "yes")
                        .param("item.lower_leg_left", "yes")
                        .param("item.neck", "yes"))
                .andReturn());
        assertThat(page(result))
                .as("only the kept suggestion, not the unticked thigh nor the neck the person added")
                .contains("Suggested by your check-ins and kept by you: Left lower leg (shin and calf).");
    }

    private static boolean checked(String html, String name) {
        Matcher input = Pattern.compile("<input type=\"checkbox\" name=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(html);
        assertThat(input.find()).as(name).isTrue();
        return input.group().contains("checked");
    }

    @Test
    void finishing_with_answers_missing_keeps_every_answer_and_names_each_missing_one() throws Exception {
        String html = mvc.perform(acr("/assessments/acr-2016/new", ann, "finish")
                        .param("item.neck", "yes")
                        .param("item.fatigue", "2")
                        .param("item.headaches", "maybe"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Please check 6 answers")
                .contains("Waking up still tired, as if you had not slept: Please choose an answer")
                .contains("Headaches: That is not one of the answers.")
                .contains("href=\"#item-symptoms_three_months\"");
        assertThat(checked(html, "item.neck")).isTrue();
        assertThat(html).containsPattern("name=\"item.fatigue\" value=\"2\" checked");
        assertThat(page("/assessments")).as("nothing was stored").contains("Not taken yet.");
    }

    @Test
    void a_partly_answered_screen_is_saved_resumed_and_finished_with_the_published_scoring() throws Exception {
        String edit = location(mvc.perform(acr("/assessments/acr-2016/new", ann, "save")
                        .param("item.hip_left", "yes")
                        .param("item.fatigue", "3"))
                .andExpect(status().is3xxRedirection())
                .andReturn());
        assertThat(edit).matches("/assessments/acr-2016/[0-9a-f-]{36}/edit");
        String resumed = page(edit);
        assertThat(checked(resumed, "item.hip_left")).isTrue();
        assertThat(resumed).containsPattern("name=\"item.fatigue\" value=\"3\" checked");
        assertThat(page("/assessments")).contains("Resume the one you started on 10 March 2026");

        // Finish: left lower region (hip, thigh, lower leg), right lower (lower leg), left upper (shoulder),
        // axial (neck, lower back) and a right jaw that counts in the WPI but not for generalised pain.
        String result = location(mvc.perform(completeAcr(ann).with(request -> {
                    request.setRequestURI(edit);
                    request.setServletPath(edit);
                    return request;
                }))
                .andExpect(status().is3xxRedirection())
                .andReturn());
        assertThat(result).isEqualTo(edit.replace("/edit", ""));
        String html = page(result);
        assertThat(html)
                .contains("Your answers meet the 2016 criteria")
                .contains("Pain index 9 of 19, symptom severity 6 of 12")
                .contains("Pain in 4 of the 5 regions")
                .contains("Your polysymptomatic distress score is 15 of 31: severe.")
                .contains("not valid for diagnosing one person");
        assertThat(page(edit.replace("/edit", "")))
                .as("a finished screen is not a form")
                .doesNotContain("name=\"item.");
        mvc.perform(get(edit).session(ann)).andExpect(status().is3xxRedirection());
        mvc.perform(completeAcr(ann).with(request -> {
                    request.setRequestURI(edit);
                    request.setServletPath(edit);
                    return request;
                }))
                .andExpect(status().isConflict());
        String overview = page("/assessments");
        assertThat(overview)
                .contains("Last taken on 10 March 2026")
                .contains("distress score 15 of 31 (severe)")
                .contains("Next suggested on 9 April 2026.")
                .doesNotContain("Resume the one");
    }

    @Test
    void four_areas_with_symptom_severity_nine_meet_2016_but_three_areas_never_do() throws Exception {
        String four = location(mvc.perform(acr("/assessments/acr-2016/new", ann, "finish")
                        .param("item.shoulder_girdle_left", "yes")
                        .param("item.shoulder_girdle_right", "yes")
                        .param("item.hip_left", "yes")
                        .param("item.hip_right", "yes")
                        .param("item.fatigue", "3")
                        .param("item.waking_unrefreshed", "3")
                        .param("item.cognitive_symptoms", "2")
                        .param("item.headaches", "yes")
                        .param("item.lower_abdominal_pain_or_cramps", "no")
                        .param("item.depression", "no")
                        .param("item.symptoms_three_months", "yes"))
                .andReturn());
        assertThat(page(four)).contains("Your answers meet the 2016 criteria", "Pain in 4 of the 5 regions");
        String three = location(mvc.perform(acr("/assessments/acr-2016/new", ann, "finish")
                        .param("item.shoulder_girdle_left", "yes")
                        .param("item.hip_left", "yes")
                        .param("item.hip_right", "yes")
                        .param("item.fatigue", "3")
                        .param("item.waking_unrefreshed", "3")
                        .param("item.cognitive_symptoms", "3")
                        .param("item.headaches", "yes")
                        .param("item.lower_abdominal_pain_or_cramps", "yes")
                        .param("item.depression", "yes")
                        .param("item.symptoms_three_months", "yes"))
                .andReturn());
        assertThat(page(three))
                .as("WPI 3 with SSS 12 met the 2010/2011 rule, not the 2016 one")
                .contains("Your answers do not meet the 2016 criteria");
    }

    @Test
    void the_restless_legs_screen_is_prefilled_from_two_weeks_of_daily_answers_and_explains_iron() throws Exception {
        for (String day : new String[] {"2026-03-05", "2026-03-08", "2026-03-09"}) {
            mvc.perform(checkIn("/check-ins", ann)
                            .param("diaryDay", day)
                            .param("overallPain", "4")
                            .param("rlsUrge", "6")
                            .param("rlsWorseAtRest", "yes")
                            .param("rlsReliefByMovement", "yes")
                            .param("rlsWorseEvening", "no"))
                    .andExpect(status().is3xxRedirection());
        }
        String form = page("/assessments/restless-legs/new");
        assertThat(form).contains("suggested from your daily restless-legs answers on 3 day(s) of the last 2 weeks");
        assertThat(form)
                .containsPattern("name=\"item.urge_to_move\" value=\"yes\" checked")
                .containsPattern("name=\"item.worse_at_rest\" value=\"yes\" checked")
                .containsPattern("name=\"item.worse_evening_or_night\" value=\"no\" checked");

        String bad = mvc.perform(post("/assessments/restless-legs/new")
                        .session(ann)
                        .with(csrf())
                        .param("action", "finish")
                        .param("item.urge_to_move", "yes")
                        .param("item.ferritin", "lots"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad)
                .contains("Please enter a number from 0 to 5000")
                .contains("value=\"lots\"")
                .contains("Does it start or get worse when you rest, sitting or lying down?: Please choose an answer");

        String result = finishRestlessLegs("yes");
        assertThat(page(result))
                .contains("You reported all four features you can report yourself")
                .contains("5. Not fully explained by something else", "Needs a clinician")
                .contains("Chronic-persistent")
                .contains("Ferritin: 60 ng/mL")
                .contains("within the range where the guideline suggests iron treatment")
                .contains("75 ng/mL or less or transferrin saturation is below 20%");

        String negative = finishRestlessLegs("no");
        assertThat(page(negative))
                .as("a screen that does not fit carries neither the specifiers nor the iron thresholds")
                .contains("You did not report all four features")
                .contains("They are shown only when you report all four features.")
                .doesNotContain("Chronic-persistent")
                .doesNotContain("within the range where the guideline suggests iron treatment");
    }

    /**
     * Finishes a restless-legs screen with every feature yes but "worse at rest" as given, chronic-persistent by its
     * answers, troubling, and a ferritin of 60; its result's address.
     */
    private String finishRestlessLegs(String worseAtRest) throws Exception {
        return location(mvc.perform(post("/assessments/restless-legs/new")
                        .session(ann)
                        .with(csrf())
                        .param("action", "finish")
                        .param("item.urge_to_move", "yes")
                        .param("item.worse_at_rest", worseAtRest)
                        .param("item.relief_by_movement", "yes")
                        .param("item.worse_evening_or_night", "yes")
                        .param("item.twice_weekly_or_more", "yes")
                        .param("item.five_or_more_episodes_ever", "unsure")
                        .param("item.significant_impact", "yes")
                        .param("item.ferritin", "60"))
                .andExpect(status().is3xxRedirection())
                .andReturn());
    }

    @Test
    void the_neuropathic_profile_counts_the_nerve_type_words_by_day_place_and_side() throws Exception {
        people.recordHeelAndCalf(ann);
        String html = page("/assessments/neuropathic-profile?days=7");
        assertThat(html)
                .contains("1 check-in(s) on 1 day(s). You used at least one of these words on 1 of those days.")
                .containsPattern("<th scope=\"row\">burning</th>\\s*<td>1 of 1</td>\\s*<td>1</td>\\s*"
                        + "<td>feet and ankles</td>\\s*<td>left only</td>")
                .containsPattern("<th scope=\"row\">electric</th>\\s*<td>0 of 1</td>")
                .contains("not the DN4 or painDETECT");
        assertThat(page("/assessments/neuropathic-profile?days=oops"))
                .as("an unknown period shows the default")
                .contains("aria-current=\"page\">Last 30 days");
    }

    @Test
    void a_clinic_score_is_checked_kept_as_typed_when_wrong_and_charted_over_time() throws Exception {
        String bad = mvc.perform(post("/assessments/scores")
                        .session(ann)
                        .with(csrf())
                        .param("kind", "fiqr")
                        .param("measuredOn", "2026-04-01")
                        .param("score", "101"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad)
                .contains("That day has not happened yet.")
                .contains("Please enter the FIQR total, a number from 0 to 100")
                .contains("value=\"101\"", "value=\"2026-04-01\"");
        String noName = mvc.perform(post("/assessments/scores")
                        .session(ann)
                        .with(csrf())
                        .param("kind", "other")
                        .param("measuredOn", "2026-03-01")
                        .param("score", "12"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noName).contains("Please give the questionnaire&#39;s name.");

        for (String[] score : new String[][] {{"2026-01-15", "62.5"}, {"2026-03-01", "48"}}) {
            mvc.perform(post("/assessments/scores")
                            .session(ann)
                            .with(csrf())
                            .param("kind", "fiqr")
                            .param("measuredOn", score[0])
                            .param("score", score[1]))
                    .andExpect(status().is3xxRedirection());
        }
        String history = page("/assessments/history");
        assertThat(history)
                .contains("Chart of your 2 FIQR total(s) on a scale of 0 to 100")
                .containsPattern("<td>15 January 2026</td>\\s*<td>62.5</td>")
                .containsPattern("<td>1 March 2026</td>\\s*<td>48</td>")
                .contains("published bandings differ");
        assertThat(page("/assessments")).contains("<td>FIQR total</td>");
    }

    @Test
    void nothing_is_due_until_the_interval_passes_and_the_interval_is_a_preference() throws Exception {
        assertThat(page("/assessments/due")).contains("A screen is due:", "Fibromyalgia criteria screen");
        mvc.perform(completeAcr(ann)).andExpect(status().is3xxRedirection());
        assertThat(page("/assessments/due")).doesNotContain("Fibromyalgia criteria screen");

        mvc.perform(post("/assessments/schedule")
                        .session(ann)
                        .with(csrf())
                        .param("interval.acr-2016", "7")
                        .param("interval.restless-legs", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/assessments")).contains("Next suggested on 17 March 2026.", "No reminders.");
        clock.set(Instant.parse("2026-03-17T12:00:00Z"));
        ann = people.signIn(annsEmail, People.PASSPHRASE);
        assertThat(page("/assessments/due"))
                .contains("Fibromyalgia criteria screen")
                .doesNotContain("Restless");

        String bad = mvc.perform(
                        post("/assessments/schedule").session(ann).with(csrf()).param("interval.acr-2016", "9999"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad).contains("Please choose how many days, from 1 to 366, or no reminders.");
    }

    @Test
    void another_account_can_neither_see_resume_finish_nor_delete_a_screen() throws Exception {
        String result = location(mvc.perform(completeAcr(ann)).andReturn());
        String draft = location(
                mvc.perform(acr("/assessments/restless-legs/new", ann, "save").param("item.urge_to_move", "yes"))
                        .andReturn());
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        mvc.perform(get(result).session(bob)).andExpect(status().isNotFound());
        mvc.perform(get(result + "/delete").session(bob)).andExpect(status().isNotFound());
        mvc.perform(post(result + "/delete").session(bob).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(draft).session(bob)).andExpect(status().isNotFound());
        mvc.perform(post(draft).session(bob).with(csrf()).param("action", "save"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/acr-2016/not-an-id").session(ann)).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/nonsense/new").session(ann)).andExpect(status().isNotFound());
        mvc.perform(get(result.replace("acr-2016", "restless-legs")).session(ann))
                .andExpect(status().isNotFound());
        assertThat(page("/assessments", bob)).contains("Not taken yet.").doesNotContain("Resume");
        assertThat(page("/assessments/history", bob)).doesNotContain("15 of 31").contains("None yet.");

        mvc.perform(post(result + "/delete").session(ann).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(result).session(ann)).andExpect(status().isNotFound());
    }
}
