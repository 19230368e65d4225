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
        // Walking pain eased by rest is a red flag to tell a clinician soon: it heads the result but holds nothing
        // back.
        MockHttpServletResponse finished = mvc.perform(
                        heelAndRestlessNights(ann, "finish").param("red_flags", "calf_pain_walking_eases_at_rest"))
                .andReturn()
                .getResponse();
        String url = finished.getRedirectedUrl();
        assertThat(url).matches("/check-up/[0-9a-f-]{36}");

        String page = open(ann, url).getContentAsString().replaceAll("\\s+", " ");
        assertThat(page.indexOf("Tell a clinician soon"))
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

        assertThat(open(ann, "/check-ins/new").getContentAsString())
                .as("\"What did you do about it?\" opens by itself")
                .containsPattern("<details (?=[^>]*data-deferred=\"actions\")(?=[^>]*open=\"open\")[^>]*>");
        String form = open(ann, "/check-ins/new/sections").getContentAsString().replaceAll("\\s+", " ");
        int first = form.indexOf("class=\"strategy\"");
        int second = form.indexOf("class=\"strategy\"", first + 1);
        assertThat(form.substring(first, second))
                .as("the tracked strategy is the first of the things you did, and marked")
                .contains("Footwear or insoles", "you are tracking this");
        assertThat(form).contains("<details class=\"section\" id=\"actions\" data-section=\"actions\" open=\"open\">");

        mvc.perform(post(url + "/track")
                .session(ann)
                .with(csrf())
                .param("strategy", "footwear_insoles")
                .param("action", "stop"));
        assertThat(open(ann, "/check-ins/new/sections").getContentAsString()).doesNotContain("you are tracking this");

        MockHttpServletResponse tampered = mvc.perform(
                        post(url + "/track").session(ann).with(csrf()).param("strategy", "miracle_cure"))
                .andReturn()
                .getResponse();
        assertThat(tampered.getStatus()).isEqualTo(400);
    }

    /** Finishes a check-up of heel pain and restless nights with these red flags; its address. */
    private String withRedFlags(String... flags) throws Exception {
        return finish(heelAndRestlessNights(ann, "finish").param("red_flags", flags));
    }

    private String resultPage(String url) throws Exception {
        return open(ann, url).getContentAsString().replaceAll("\\s+", " ");
    }

    private void saysClinicianChecked(String url, String action) throws Exception {
        mvc.perform(post(url + "/red-flags-checked").session(ann).with(csrf()).param("action", action))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        url + "#checkup-red-flags"));
    }

    @Test
    void one_leg_suddenly_swollen_shows_its_advice_alone_until_the_person_says_a_clinician_has_checked_it()
            throws Exception {
        String url = withRedFlags("one_leg_swollen_warm_red");

        String page = resultPage(url);
        assertThat(page)
                .contains("Get medical help today")
                .contains("If you are short of breath, have chest pain or cough up blood, call emergency services")
                .contains("are held back until a clinician has checked this")
                .contains(">A clinician has checked this</button>")
                .as("no fibromyalgia mechanism, no strategy, no experiment beside it")
                .doesNotContain("id=\"pattern-plantar_heel\"", "id=\"pattern-restless_legs\"")
                .doesNotContain("Worth trying", "id=\"try-", "Test it as a personal experiment");
        String questions = open(ann, url + "/questions").getContentAsString();
        assertThat(questions)
                .as("the printable questions carry the red flag, in words for the clinician too")
                .contains("You said one leg suddenly became swollen, warm or red.")
                .contains("DVT (NICE NG158) or cellulitis?")
                .doesNotContain("Ask a clinician to examine your heel.");

        saysClinicianChecked(url, "checked");
        String after = resultPage(url);
        assertThat(after)
                .contains("After this has been checked")
                .contains("Get medical help today")
                .contains("id=\"pattern-plantar_heel\"", "id=\"try-low_impact_exercise\"")
                .contains(">Not checked yet after all</button>");
        assertThat(after.indexOf("Get medical help today"))
                .as("the red flag still comes first")
                .isLessThan(after.indexOf("After this has been checked"));
        assertThat(open(ann, url + "/questions").getContentAsString())
                .contains("Ask a clinician to examine your heel.");

        saysClinicianChecked(url, "undo");
        assertThat(resultPage(url)).doesNotContain("id=\"pattern-plantar_heel\"");
    }

    @Test
    void a_check_made_before_a_new_report_does_not_cover_it() throws Exception {
        String first = withRedFlags("foot_wound_not_healing");
        saysClinicianChecked(first, "checked");
        assertThat(resultPage(first)).contains("id=\"pattern-plantar_heel\"");

        String second = withRedFlags("foot_wound_not_healing");
        assertThat(resultPage(second))
                .as("the same flag reported again after the check waits again")
                .doesNotContain("id=\"pattern-plantar_heel\"")
                .contains(">A clinician has checked this</button>");
    }

    @Test
    void the_heading_names_the_most_urgent_flag_present_and_now_comes_before_today() throws Exception {
        String page = resultPage(withRedFlags("foot_wound_not_healing", "cold_pale_leg"));
        assertThat(page).contains("Get emergency help now").doesNotContain("Get medical help today</h2>");
        assertThat(page.indexOf("You said a foot or leg suddenly turned cold, pale or blue."))
                .isLessThan(page.indexOf("You said a wound or sore on your foot is not healing."));
    }

    @Test
    void a_hot_swollen_joint_with_a_fever_is_an_emergency_and_without_one_is_for_today() throws Exception {
        String hot = resultPage(withRedFlags("hot_swollen_joint"));
        assertThat(hot).contains("Get medical help today").doesNotContain("Get emergency help now");

        String hotWithFever = resultPage(withRedFlags("hot_swollen_joint", "fever_with_painful_leg"));
        assertThat(hotWithFever)
                .contains("Get emergency help now")
                .contains("You also said you have a fever. With a fever, this is an emergency");
        assertThat(hotWithFever.indexOf("You said a joint became hot, swollen and painful."))
                .as("raised by the fever, the hot joint comes first")
                .isLessThan(hotWithFever.indexOf("You said you have a fever"));

        String woundWithFever = resultPage(withRedFlags("foot_wound_not_healing", "fever_with_painful_leg"));
        assertThat(woundWithFever)
                .contains("Get emergency help now")
                .contains("Go to the emergency department now if you have a fever, the redness is spreading");
    }

    @Test
    void the_new_red_flags_each_say_what_to_do_and_how_soon() throws Exception {
        assertThat(resultPage(withRedFlags("foot_pain_at_rest_eased_hanging_down")))
                .contains("Get medical help today", "critical limb ischaemia", "NICE CG147");
        assertThat(resultPage(withRedFlags("one_leg_weak_or_foot_drop")))
                .contains("Get medical help today", "If it came on suddenly, or your face or arm is weak too")
                .contains("Sudden weakness on one side can be a stroke.");
        assertThat(resultPage(withRedFlags("injury_or_cannot_bear_weight")))
                .contains("Get medical help today", "It may need an X-ray.", "Ottawa ankle and foot rules");
        assertThat(resultPage(withRedFlags("fever_with_painful_leg")))
                .contains("Get medical help today", "your skin is blue, grey or blotchy", "NICE NG51 (sepsis)");
    }

    @Test
    void walking_pain_eased_by_rest_keeps_exercise_with_supervised_exercise_named_as_its_first_treatment()
            throws Exception {
        String page = resultPage(withRedFlags("calf_pain_walking_eases_at_rest"));
        assertThat(page)
                .contains("Tell a clinician soon")
                .doesNotContain("A clinician has checked this")
                .contains("id=\"try-low_impact_exercise\"")
                .contains("a supervised exercise programme is the usual first treatment (NICE CG147)");
    }

    @Test
    void a_cold_pale_leg_heads_the_result_with_emergency_advice_and_heat_is_never_suggested() throws Exception {
        String url = finish("where=sole-left&feet_feels=numbness&feet_feels=heaviness&feet_cold=yes"
                + "&colour_changes=yes&red_flags=cold_pale_leg");
        String page = resultPage(url);
        assertThat(page)
                .contains("Get emergency help now", "This is an emergency.")
                .doesNotContain("id=\"pattern-autonomic\"");
        saysClinicianChecked(url, "checked");
        String after = resultPage(url);
        assertThat(after)
                .contains("id=\"pattern-autonomic\"")
                .contains("Do not warm numb or cold feet with a heat pad or hot water")
                .doesNotContain("id=\"try-heat\"");
    }

    @Test
    void swollen_joints_of_the_feet_or_more_than_one_raise_inflammatory_arthritis_without_morning_stiffness()
            throws Exception {
        String feet = resultPage(
                finish("where=toes-left&joints_look_swollen=yes&swollen_where=toes_or_foot&morning_stiffness=none"));
        assertThat(feet)
                .contains("id=\"pattern-inflammatory_arthritis\"")
                .contains("You said joints of your toes, feet or ankles look swollen.")
                .contains(
                        "NICE advises an urgent referral to a specialist when the small joints of the feet are swollen");

        assertThat(resultPage(finish("where=knee_front-left&joints_look_swollen=yes&swollen_how_many=more_than_one")))
                .contains("id=\"pattern-inflammatory_arthritis\"", "You said more than one joint looks swollen.");

        assertThat(resultPage(finish("where=knee_front-left&joints_look_swollen=yes&swollen_where=knee"
                        + "&swollen_how_many=one&morning_stiffness=under_30_minutes")))
                .as("one swollen knee without long stiffness stays with the stiffness-and-swelling rule")
                .doesNotContain("id=\"pattern-inflammatory_arthritis\"");
        assertThat(resultPage(finish("where=toes-left&joints_look_swollen=not_sure&swollen_where=toes_or_foot")))
                .as("not sure is not a yes")
                .doesNotContain("id=\"pattern-inflammatory_arthritis\"");
    }

    @Test
    void a_check_up_after_a_rule_change_says_what_the_new_rules_make_of_the_earlier_answers(@Autowired JdbcClient jdbc)
            throws Exception {
        String swollenFeet = "where=toes-left&joints_look_swollen=yes&swollen_where=toes_or_foot";
        String first = finish(swollenFeet);
        jdbc.sql("UPDATE check_up SET rule_version = 2, mechanisms = '' WHERE id = :id")
                .param("id", first.substring(first.lastIndexOf('/') + 1))
                .update();
        String page = resultPage(finish(swollenFeet));
        assertThat(page)
                .contains("Legible&#39;s rules changed between these two check-ups.")
                .contains("Swollen joints of the feet or ankles, or more than one, now raise inflammatory arthritis")
                .contains("Under today&#39;s rules, your earlier answers also fit:</span> <span>Swollen joints")
                .contains("Your answers fit the same patterns as last time.");
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
        assertThat(mvc.perform(post(url + "/red-flags-checked").session(bob).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(open(bob, "/check-ups").getContentAsString()).doesNotContain(url);
        assertThat(open(ann, "/check-up/not-an-id").getStatus()).isEqualTo(404);
    }
}
