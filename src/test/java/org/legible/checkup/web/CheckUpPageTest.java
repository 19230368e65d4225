package org.legible.checkup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The check-up through its pages: save and resume, finish, the result, bad input, and another person's data. */
@LegibleTest
class CheckUpPageTest {

    @Autowired
    MockMvc mvc;

    People people;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        people = new People(mvc);
        ann = people.signUp(People.uniqueEmail("ann"));
    }

    private MockHttpServletResponse open(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder heelAndRestlessNights(MockHttpSession session, String action) {
        return post("/check-up")
                .session(session)
                .with(csrf())
                .param("action", action)
                .param("where", "heel-left", "sole-left")
                .param("feet_feels", "stabbing")
                .param("first_step_heel_pain", "yes")
                .param("urge_to_move", "most_nights")
                .param("urge_worse_at_rest", "yes")
                .param("urge_eased_by_moving", "yes")
                .param("urge_worse_evening", "yes")
                .param("tried.heat", "a_little")
                .param("medications", "magnesium at night");
    }

    /** Finishes a check-up for Ann with these answers ("where=heel-left&first_step_heel_pain=yes"); its address. */
    private String finish(String answers) throws Exception {
        MockHttpServletRequestBuilder request =
                post("/check-up").session(ann).with(csrf()).param("action", "finish");
        for (String answer : answers.split("&")) {
            String[] field = answer.split("=", 2);
            request.param(field[0], field[1]);
        }
        return finish(request);
    }

    private String finish(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void a_saved_check_up_comes_back_with_every_answer_to_finish_later() throws Exception {
        MockHttpServletResponse saved =
                mvc.perform(heelAndRestlessNights(ann, "save")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/check-up");

        String form = open(ann, "/check-up").getContentAsString();
        assertThat(form)
                .contains("You saved this check-up on")
                .containsPattern("<input[^>]*value=\"heel-left\"[^>]*checked=\"checked\"")
                .containsPattern("<input[^>]*name=\"first_step_heel_pain\" value=\"yes\" checked=\"checked\"")
                .contains("<option value=\"a_little\" selected=\"selected\">Helped a little</option>")
                .contains(">magnesium at night</textarea>");
        assertThat(open(ann, "/check-ups").getContentAsString()).contains("did not finish");
    }

    @Test
    void a_finished_check_up_explains_the_patterns_its_answers_fit_with_red_flags_first() throws Exception {
        MockHttpServletResponse finished = mvc.perform(
                        heelAndRestlessNights(ann, "finish").param("red_flags", "one_leg_swollen_warm_red"))
                .andReturn()
                .getResponse();
        String url = finished.getRedirectedUrl();
        assertThat(url).matches("/check-up/[0-9a-f-]{36}");

        String page = open(ann, url).getContentAsString().replaceAll("\\s+", " ");
        assertThat(page.indexOf("First: something that needs care soon"))
                .as("red flags come before the patterns")
                .isGreaterThan(0)
                .isLessThan(page.indexOf("What your answers may point to"));
        assertThat(page)
                .contains("id=\"pattern-plantar_heel\"", "id=\"pattern-restless_legs\"")
                .contains("You said a heel hurts most with your first steps in the morning or after rest.")
                .contains("This is not a diagnosis.")
                .contains("Trojian T, Tucker AK")
                .contains("id=\"try-low_impact_exercise\"", "strong recommendation for")
                .contains("id=\"try-footwear_insoles\"", "id=\"try-stretching\"")
                .doesNotContain("id=\"pattern-small_fibre\"")
                .doesNotContain("id=\"pattern-central_sensitisation\"");

        String questions = open(ann, url + "/questions").getContentAsString();
        assertThat(questions)
                .contains("Questions for my clinician")
                .contains("Ask a clinician to examine your heel.")
                .contains("Ask a clinician about a check for restless legs.")
                .doesNotContain("nerves in your feet");
        assertThat(open(ann, "/check-up").getContentAsString())
                .as("a finished check-up leaves no draft behind")
                .doesNotContain("You saved this check-up on");
    }

    @Test
    void with_diabetes_the_result_says_what_a_foot_problem_needs_and_adds_a_question_to_burning_feet()
            throws Exception {
        String url =
                finish("where=sole-left&feet_feels=burning&how_often=most_days&conditions=diabetes&conditions=thyroid");

        String page = open(ann, url).getContentAsString().replaceAll("\\s+", " ");
        assertThat(page)
                .contains("Because you have diabetes")
                .contains("needs your diabetes foot service within 1 working day")
                .contains("Source: NICE NG19 (diabetic foot problems).")
                .contains("id=\"pattern-small_fibre\"")
                .contains("could the burning or tingling be diabetic nerve damage")
                .as("thyroid has no sourced note, so it changes nothing")
                .doesNotContain("Because you have thyroid");
        assertThat(open(ann, url + "/questions").getContentAsString())
                .contains("could the burning or tingling be diabetic nerve damage");

        String heelOnly = finish("where=heel-left&first_step_heel_pain=yes&conditions=diabetes");
        assertThat(open(ann, heelOnly).getContentAsString())
                .as("the foot advice stands; the nerve question needs the burning-feet pattern")
                .contains("Because you have diabetes")
                .doesNotContain("diabetic nerve damage");
    }

    @Test
    void a_back_problem_names_the_emergency_signs_and_arthritis_asks_about_the_urge_only_with_restless_legs()
            throws Exception {
        String url = finish(heelAndRestlessNights(ann, "finish").param("conditions", "back_problems", "arthritis"));
        String page = open(ann, url).getContentAsString().replaceAll("\\s+", " ");
        assertThat(page)
                .contains("Because you have a back problem")
                .contains("cauda equina syndrome")
                .contains("Source: GIRFT cauda equina pathway; NICE CKS sciatica red flags.")
                .contains("With arthritis: could my arthritis explain the urge to move my legs")
                .doesNotContain("Because you have arthritis");
        assertThat(open(ann, url + "/questions").getContentAsString())
                .contains("With arthritis: could my arthritis explain the urge to move my legs");

        String heelOnly = finish("where=heel-left&first_step_heel_pain=yes&conditions=arthritis");
        assertThat(open(ann, heelOnly + "/questions").getContentAsString()).doesNotContain("With arthritis");
    }

    private String finishOlderJointAndWalking() throws Exception {
        return finish("where=knee_front-right&where=sole-right&worse_on_feet=yes&walk_differently=yes"
                + "&joint_pain_with_use=yes&morning_stiffness=under_30_minutes&age=45_or_over");
    }

    @Test
    void the_form_asks_about_walking_joints_that_hurt_with_use_and_age() throws Exception {
        String form = open(ann, "/check-up").getContentAsString();
        assertThat(form)
                .contains("Do you walk differently because of the pain")
                .contains("Does a hip, knee, ankle or toe joint hurt when you use it")
                .contains("How old are you?")
                .contains("name=\"age\" value=\"45_or_over\"")
                .contains("30 minutes or less");
    }

    @Test
    void walking_differently_and_a_joint_that_hurts_with_use_at_45_are_explained_with_their_sources() throws Exception {
        String url = finishOlderJointAndWalking();

        String page = open(ann, url).getContentAsString().replaceAll("\\s+", " ");
        assertThat(page)
                .contains("id=\"pattern-gait\"", "id=\"pattern-osteoarthritis\"")
                .contains("You said you walk differently because of the pain.")
                .contains("You said you are 45 or over.")
                .contains("You said a hip, knee, ankle or toe joint hurts when you use it.")
                .contains("You said your legs or feet are not stiff when you get up, or stiff for 30 minutes or less.")
                .contains("NICE guideline NG226 (2022)")
                .contains("Carrasco-Vega E et al. PeerJ 2022;10:e12908")
                .contains("href=\"/library/walking\"", "href=\"/library/overlapping-conditions#osteoarthritis\"");
        assertThat(open(ann, url + "/questions").getContentAsString())
                .contains("Ask a clinician or a physiotherapist to watch how you walk.")
                .contains("Ask a clinician to examine the joint.");
    }

    @Test
    void a_check_up_finished_under_older_rules_says_the_rules_changed_in_between(@Autowired JdbcClient jdbc)
            throws Exception {
        String first = finishOlderJointAndWalking();
        String firstId = first.substring(first.lastIndexOf('/') + 1);
        String same = finishOlderJointAndWalking();
        assertThat(open(ann, same).getContentAsString())
                .contains("Your answers fit the same patterns as last time.")
                .doesNotContain("rules changed between");

        jdbc.sql("UPDATE check_up SET rule_version = 1 WHERE id = :id")
                .param("id", firstId)
                .update();
        assertThat(open(ann, same).getContentAsString()).contains("rules changed between these two check-ups");
    }

    @Test
    void a_second_check_up_says_what_changed_since_the_first() throws Exception {
        mvc.perform(heelAndRestlessNights(ann, "finish")).andReturn();
        String second = finish("where=heel-left&first_step_heel_pain=yes&woken_by_legs=most_nights");

        String page = open(ann, second).getContentAsString().replaceAll("\\s+", " ");
        assertThat(page)
                .contains("Since your check-up of")
                .contains("Now also:</span> <span>Nights broken by your legs</span>")
                .contains("No longer:</span> <span>An urge to move your legs, worse at rest and in the evening</span>");
    }

    @Test
    void a_value_the_form_never_offers_comes_back_next_to_its_question_and_nothing_is_saved() throws Exception {
        MockHttpServletResponse bad = mvc.perform(post("/check-up")
                        .session(ann)
                        .with(csrf())
                        .param("action", "finish")
                        .param("where", "heel-left")
                        .param("morning_stiffness", "all day")
                        .param("medications", "pregabalin"))
                .andReturn()
                .getResponse();

        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString())
                .contains("href=\"#q-morning_stiffness\"", "id=\"q-morning_stiffness-error\"")
                .contains("This answer is not one of the choices.")
                .containsPattern("<input[^>]*value=\"heel-left\"[^>]*checked=\"checked\"")
                .contains(">pregabalin</textarea>");
        assertThat(open(ann, "/check-ups").getContentAsString()).contains("You have not finished a check-up yet.");

        MockHttpServletResponse nowhere = mvc.perform(
                        post("/check-up").session(ann).with(csrf()).param("action", "finish"))
                .andReturn()
                .getResponse();
        assertThat(nowhere.getStatus()).isEqualTo(422);
        assertThat(nowhere.getContentAsString()).contains("Choose at least one place that hurts");
    }

    @Test
    void a_suggested_strategy_can_be_tracked_and_then_comes_first_in_the_next_check_in() throws Exception {
        String url = finish(heelAndRestlessNights(ann, "finish"));
        String before = open(ann, "/check-ins/new").getContentAsString();
        assertThat(before).doesNotContain("you are tracking this");

        MockHttpServletResponse tracked = mvc.perform(
                        post(url + "/track").session(ann).with(csrf()).param("strategy", "footwear_insoles"))
                .andReturn()
                .getResponse();
        assertThat(tracked.getRedirectedUrl()).isEqualTo(url + "#try-footwear_insoles");
        assertThat(open(ann, url).getContentAsString())
                .contains("You are tracking this.")
                .contains("Stop tracking it: Footwear");

        String form = open(ann, "/check-ins/new").getContentAsString().replaceAll("\\s+", " ");
        int first = form.indexOf("class=\"strategy\"");
        int second = form.indexOf("class=\"strategy\"", first + 1);
        assertThat(form.substring(first, second))
                .as("the tracked strategy is the first of the things you did, and marked")
                .contains("Footwear or insoles", "you are tracking this");
        assertThat(form)
                .as("\"What did you do about it?\" opens by itself")
                .contains("<details class=\"section\" id=\"actions\" open=\"open\">");

        mvc.perform(post(url + "/track")
                .session(ann)
                .with(csrf())
                .param("strategy", "footwear_insoles")
                .param("action", "stop"));
        assertThat(open(ann, "/check-ins/new").getContentAsString()).doesNotContain("you are tracking this");

        MockHttpServletResponse tampered = mvc.perform(
                        post(url + "/track").session(ann).with(csrf()).param("strategy", "miracle_cure"))
                .andReturn()
                .getResponse();
        assertThat(tampered.getStatus()).isEqualTo(400);
    }

    @Test
    void another_person_cannot_open_a_check_up_or_its_questions() throws Exception {
        String url = finish(heelAndRestlessNights(ann, "finish"));
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));

        assertThat(open(bob, url).getStatus()).isEqualTo(404);
        assertThat(open(bob, url + "/questions").getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(url + "/track").session(bob).with(csrf()).param("strategy", "heat"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(open(bob, "/check-ups").getContentAsString()).doesNotContain(url);
        assertThat(open(ann, "/check-up/not-an-id").getStatus()).isEqualTo(404);
    }
}
