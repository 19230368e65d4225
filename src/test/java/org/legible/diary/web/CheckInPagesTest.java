package org.legible.diary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.legible.support.People.checkIn;
import static org.legible.support.People.siteIndex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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

@LegibleTest
@Import(TestClockConfiguration.class)
class CheckInPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    People people;
    MockHttpSession ann;
    String email;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        email = People.uniqueEmail("ann");
        ann = people.signUp(email);
    }

    /** The address of the newest check-in, as history links it. */
    private String newestCheckIn() throws Exception {
        Matcher link = Pattern.compile("href=\"(/check-ins/[0-9a-f-]{36})\"").matcher(page("/history"));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private String page(String url) throws Exception {
        return people.page(ann, url);
    }

    @Test
    void each_scale_names_its_own_two_ends_once_and_the_same_way_when_read_back() throws Exception {
        String form = page("/check-ins/new/sections");
        assertThat(form)
                .containsPattern("How well did you sleep\\?</legend>\\s*<p class=\"hint\" id=\"sleepQuality-hint\">"
                        + "<span>0 = very badly</span>, <span>10 = very well</span>")
                .containsPattern("Tiredness today</legend>\\s*<p class=\"hint\" id=\"fatigue-hint\">"
                        + "<span>0 = none</span>, <span>10 = exhausted</span>")
                .containsPattern("Urge to move your legs</legend>\\s*<p class=\"hint\" id=\"rlsUrge-hint\">"
                        + "<span>0 = none</span>, <span>10 = overwhelming</span>");

        mvc.perform(post("/check-ins")
                        .session(ann)
                        .with(csrf())
                        .param("overallPain", "4")
                        .param("sleepQuality", "8"))
                .andExpect(redirectedUrl("/history"));
        Matcher view = Pattern.compile("/check-ins/[0-9a-f-]{36}").matcher(page("/history"));
        assertThat(view.find()).isTrue();
        assertThat(page(view.group())).contains("Sleep quality (10 = slept very well)</dt>", "8 / 10");
    }

    @Test
    void the_error_summary_names_each_place_and_follows_the_order_of_the_form() throws Exception {
        int rightHip = siteIndex("hip-right");
        int leftThigh = siteIndex("thigh_front-left");
        int leftHeel = siteIndex("heel-left");
        String html = mvc.perform(checkIn("/check-ins", ann)
                        .param("sites[" + rightHip + "].selected", "on")
                        .param("sites[" + leftHeel + "].selected", "on")
                        .param("sites[" + leftThigh + "].selected", "on")
                        .param("sleepHours", "lots"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String summary = html.substring(html.indexOf("id=\"error-summary\""));
        summary = summary.substring(0, summary.indexOf("</ul>"));
        assertThat(summary)
                .containsSubsequence(
                        "left front of thigh: Choose how much it hurts",
                        "left heel: Choose how much it hurts",
                        "right outer hip: Choose how much it hurts",
                        "Choose how much your legs and feet hurt overall",
                        "Enter a number, for example 6.5");
        assertThat(summary).contains("href=\"#sites-" + leftHeel + "-intensity\"");
    }

    @Test
    void today_holds_one_notice_and_says_nothing_of_screens_or_experiments_before_three_days_of_check_ins()
            throws Exception {
        String first = page("/?welcome=");
        assertThat(first.split("class=\"notice\"", -1)).hasSize(2);
        assertThat(first)
                .contains("Your account is ready.", "Take the check-up")
                .doesNotContain("/assessments/due");

        for (String day : new String[] {"2026-03-08", "2026-03-09"}) {
            mvc.perform(checkIn("/check-ins", ann).param("overallPain", "3").param("diaryDay", day))
                    .andExpect(redirectedUrl("/history"));
        }
        String twoDays = page("/");
        assertThat(twoDays)
                .doesNotContain("Take the check-up", "/assessments/due")
                .as("an experiment is the person's own plan: its day shows from the first")
                .contains("hx-get=\"/reminders/today\"", "hx-get=\"/experiments/today\"");

        int heel = siteIndex("heel-left");
        mvc.perform(checkIn("/check-ins", ann)
                        .param("overallPain", "3")
                        .param("sites[" + heel + "].selected", "on")
                        .param("sites[" + heel + "].intensity", "6"))
                .andExpect(redirectedUrl("/history"));
        String settled = page("/");
        assertThat(settled)
                .as("today's places on the drawing")
                .contains("aria-label=\"Where it hurt today")
                .containsPattern("<g class=\"region selected\"\\s+data-level=\"3\">");
        assertThat(settled)
                .containsSubsequence(
                        "hx-get=\"/reminders/today\"", "hx-get=\"/experiments/today\"", "hx-get=\"/assessments/due\"");
    }

    @Test
    void the_check_in_page_offers_every_site_as_a_named_control_on_the_map_and_in_the_list() throws Exception {
        // The map's regions become named checkboxes in the browser (CheckInJourneyTest), named as the list says.
        String html = page("/check-ins/new");
        assertThat(html).contains("data-site=\"heel-left\"", "<span>left heel</span>", "<span>right calf</span>");
        assertThat(html.split("<g class=\"region\"", -1)).hasSize(27);
        assertThat(html.split("class=\"site-toggle\"", -1)).hasSize(27);
        assertThat(html).contains("<span>left sole and arch</span>", "Overall leg and foot pain right now");
        assertThat(html).as("a first check-in has no 'same as last time'").doesNotContain("Same as last time");
    }

    @Test
    void a_strategys_minutes_come_only_once_it_is_ticked_and_without_script_a_button_brings_them() throws Exception {
        String blank = page("/check-ins/new/sections");
        assertThat(blank)
                .doesNotContain("name=\"strategies[0].minutes\"")
                .contains("id=\"strategy-detail-template\"", "name=\"strategies[{index}].minutes\"")
                .contains("name=\"showDetails\"", "Add minutes and whether it helped");

        String withDetails = mvc.perform(checkIn("/check-ins", ann)
                        .param("strategies[0].code", "stretching")
                        .param("strategies[0].used", "on")
                        .param("overallPain", "4")
                        .param("showDetails", "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(withDetails)
                .contains("name=\"strategies[0].minutes\"", "name=\"strategies[0].helped\"")
                .doesNotContain("name=\"strategies[1].minutes\"")
                .containsPattern("name=\"overallPain\" value=\"4\"[^>]*checked");
        assertThat(page("/history")).contains("No check-ins yet.");
    }

    @Test
    void an_untouched_check_in_page_and_its_sections_are_the_page_rendered_afresh() throws Exception {
        // A plain new check-in reuses the sections rendered once (BlankCheckInSections) and sends the folded ones
        // when asked; asking to copy the last check-in when there is none renders the same empty form, whole.
        String first = withoutTokens(page("/check-ins/new"));
        String rest = withoutTokens(page("/check-ins/new/sections"));
        String afresh = withoutTokens(page("/check-ins/new?copy=last"));
        assertThat(first)
                .contains("<span>left heel</span>", "name=\"overallPain\"", "name=\"redFlags\"")
                .doesNotContain("id=\"site-detail-template\"", "name=\"strategies[0].used\"", "name=\"note\"")
                .contains("data-deferred-from=\"/check-ins/new/sections\"");
        assertThat(between(first, "<fieldset class=\"sites\"", "<details class=\"section\""))
                .isEqualTo(between(afresh, "<fieldset class=\"sites\"", "<details class=\"section\"")
                        .replaceAll("(?s)<template id=\"site-detail-template\">.*?</template>\\n", ""));
        assertThat(between(rest, "<template id=\"site-detail-template\">", "</template>"))
                .isEqualTo(between(afresh, "<template id=\"site-detail-template\">", "</template>"));
        for (String section : new String[] {"when", "sleep", "restlessLegs", "actions", "triggers", "note", "day"}) {
            String start = "data-section=\"" + section + "\">";
            assertThat(first).contains("data-deferred=\"" + section + "\"");
            assertThat(between(rest, start, "</details>")).as(section).isEqualTo(between(afresh, start, "</details>"));
        }
        assertThat(rest)
                .contains("name=\"medications[0].name\"", "name=\"note\"", "name=\"diaryDay\" value=\"2026-03-10\"");
    }

    @Test
    void the_first_part_of_a_blank_check_in_is_at_most_35_kilobytes() throws Exception {
        // What a phone must read before it can draw the form (issue 26): the map, overall pain and red flags.
        assertThat(page("/check-ins/new").getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(35_000);
        clock.set(Instant.parse("2026-03-11T07:30:00Z"));
        ann = people.signIn(email, People.PASSPHRASE);
        assertThat(page("/check-ins/new").getBytes(StandardCharsets.UTF_8).length)
                .as("in the morning, with how long stiffness lasted among the folded parts")
                .isLessThanOrEqualTo(35_000);
    }

    @Test
    void without_script_show_these_questions_brings_the_whole_form_back_with_what_was_typed() throws Exception {
        int heel = siteIndex("heel-left");
        String page = mvc.perform(checkIn("/check-ins", ann)
                        .param("sites[" + heel + "].selected", "on")
                        .param("overallPain", "6")
                        .param("open", "sleep"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("name=\"sleepHours\"", "name=\"strategies[0].used\"", "name=\"note\"")
                .doesNotContain("data-deferred")
                .contains("<details class=\"section\" data-section=\"sleep\" open=\"open\">")
                .contains("<details class=\"section\" data-section=\"restlessLegs\">")
                .containsPattern("name=\"overallPain\" value=\"6\"[^>]*checked")
                .containsPattern("id=\"sites-" + heel + "-selected\"[^>]*checked");
        assertThat(page("/history")).as("nothing saved").contains("No check-ins yet.");
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = html.indexOf(end, from + start.length());
        assertThat(to).as(end).isPositive();
        // Blank lines fall where a fragment starts or ends, which differs between the whole page and its parts.
        return html.substring(from, to + end.length()).replaceAll("\n{2,}", "\n");
    }

    @Test
    void a_flood_of_languages_asked_for_still_gets_the_whole_form() throws Exception {
        // The language comes from Accept-Language, which anyone can vary; what is not supported reads as English.
        for (int i = 0; i < 70; i++) {
            String asked = "q" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "-x-" + i;
            String html = mvc.perform(get("/check-ins/new").session(ann).header("Accept-Language", asked))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).contains("<span>left heel</span>", "name=\"redFlags\"");
            String sections = mvc.perform(
                            get("/check-ins/new/sections").session(ann).header("Accept-Language", asked))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(sections).contains("name=\"medications[0].name\"", "id=\"site-detail-template\"");
        }
    }

    /** Tokens differ on every page; the kept sections also carry no indentation (BlankCheckInSections). */
    private static String withoutTokens(String html) {
        return BlankCheckInSections.withoutIndentation(html)
                .replaceAll(
                        "(name=\"_csrf\" value|name=\"csrf-token\" content|name=\"idempotencyKey\" value)=\"[^\"]+\"",
                        "");
    }

    @Test
    void a_recorded_check_in_appears_in_history_with_where_and_how_much() throws Exception {
        String url = people.recordHeelAndCalf(ann);
        String history = page("/history");
        assertThat(history).contains("overall 6", "right calf 4", "left heel 7");
        assertThat(history)
                .as("the same drawing, small, with each place filled with its step of the pain scale")
                .contains("<path id=\"map-heel-left\"", "<g id=\"map-base\">")
                .containsPattern("<use class=\"entry-map-place\" href=\"#map-heel-left\" data-level=\"4\">")
                .containsPattern("<use class=\"entry-map-place\" href=\"#map-calf-right\" data-level=\"2\">");
        String detail = page(url);
        assertThat(detail).contains("left heel", "7 / 10", "burning", "tingling", "cramping");
    }

    @Test
    void bad_input_comes_back_with_a_message_beside_each_field_and_every_value_kept() throws Exception {
        int heel = siteIndex("heel-left");
        String note = "Typed with care " + "n".repeat(50_000);
        String html = mvc.perform(checkIn("/check-ins", ann)
                        .param("sites[" + heel + "].selected", "on")
                        .param("sites[" + heel + "].intensity", "11")
                        .param("sites[" + heel + "].descriptors", "burning")
                        .param("sites[0].code", "elbow-left")
                        .param("sites[0].selected", "on")
                        .param("overallPain", "5")
                        .param("diaryDay", "2026-03-11")
                        .param("sleepHours", "6.5")
                        .param("redFlags", "hot_swollen_joint", "sore_knee")
                        .param("note", note))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("id=\"sites-" + heel + "-intensity-error\">Enter a whole number from 0 to 10.");
        assertThat(html).contains("One of the places sent is not on the map.");
        assertThat(html).contains("id=\"diaryDay-error\">The diary day cannot be in the future.");
        assertThat(html).contains("Notes can be up to 20,000 characters; this one has 50,016.");
        assertThat(html).as("the note is kept").contains(note);
        assertThat(html).as("sleep hours kept").contains("value=\"6.5\"");
        assertThat(html)
                .as("an unknown red flag is refused next to the questions, the real one stays ticked")
                .contains("href=\"#redFlags\"")
                .containsPattern("value=\"hot_swollen_joint\"[^>]*checked");
        assertThat(html).as("overall pain kept").containsPattern("name=\"overallPain\" value=\"5\"[^>]*checked");
        assertThat(html)
                .as("the site stays selected")
                .containsPattern("name=\"sites\\[" + heel + "\\].selected\" value=\"on\"[^>]*checked");
        assertThat(page("/history")).contains("No check-ins yet.");
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_saves_nothing() throws Exception {
        mvc.perform(post("/check-ins").session(ann).param("overallPain", "4"))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/forbidden"));
        assertThat(page("/history")).contains("No check-ins yet.");
    }

    @Test
    void get_never_changes_anything() throws Exception {
        String url = people.recordHeelAndCalf(ann);
        mvc.perform(get("/check-ins").session(ann)).andExpect(status().isMethodNotAllowed());
        assertThat(page(url + "/delete")).contains("Delete this check-in?");
        assertThat(page(url)).contains("left heel");
    }

    @Test
    void a_correction_replaces_the_check_in_and_keeps_the_earlier_version() throws Exception {
        String url = people.recordHeelAndCalf(ann);
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        int heel = siteIndex("heel-left");
        assertThat(page(url + "/edit"))
                .contains("Correct this check-in")
                .containsPattern("name=\"sites\\[" + heel + "\\].intensity\" value=\"7\"[^>]*checked");

        mvc.perform(checkIn(url, ann)
                        .param("sites[" + heel + "].selected", "on")
                        .param("sites[" + heel + "].intensity", "5")
                        .param("sites[" + heel + "].descriptors", "burning")
                        .param("overallPain", "4"))
                .andExpect(redirectedUrl("/history"));

        assertThat(page("/history"))
                .contains("Correction saved.", "overall 4", "left heel 5", "corrected")
                .doesNotContain("right calf");
        String detail = page(url);
        assertThat(detail).contains("Earlier versions", "Version 1", "right calf", "Corrected");
    }

    @Test
    void a_correction_made_on_a_version_corrected_since_is_refused_showing_both_and_saved_on_a_second_send()
            throws Exception {
        String url = people.recordHeelAndCalf(ann);
        assertThat(page(url + "/edit")).contains("name=\"basedOn\" value=\"1\"");
        mvc.perform(checkIn(url, ann)
                        .param("basedOn", "1")
                        .param("overallPain", "3")
                        .param("note", "Corrected on the phone"))
                .andExpect(redirectedUrl("/history"));

        String refused = mvc.perform(checkIn(url, ann)
                        .param("basedOn", "1")
                        .param("overallPain", "8")
                        .param("note", "Corrected on the laptop"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(refused)
                .contains(
                        "This check-in was corrected somewhere else after you opened it, so nothing was saved.",
                        "What is saved now",
                        "Corrected on the phone",
                        ">Corrected on the laptop</textarea>",
                        "name=\"basedOn\" value=\"2\"");
        assertThat(page(url)).contains("Corrected on the phone").doesNotContain("Corrected on the laptop");

        mvc.perform(checkIn(url, ann)
                        .param("basedOn", "2")
                        .param("overallPain", "8")
                        .param("note", "Corrected on the laptop"))
                .andExpect(redirectedUrl("/history"));
        assertThat(page(url)).contains("Corrected on the laptop", "Version 2");
    }

    @Test
    void deleting_asks_first_and_then_removes_the_check_in() throws Exception {
        String url = people.recordHeelAndCalf(ann);
        mvc.perform(post(url + "/delete").session(ann).with(csrf())).andExpect(redirectedUrl("/history"));
        assertThat(page("/history")).contains("Check-in deleted.", "No check-ins yet.");
        mvc.perform(get(url).session(ann)).andExpect(status().isNotFound());
    }

    @Test
    void mood_and_stress_are_asked_in_a_folded_part_of_their_own_kept_shown_and_copied() throws Exception {
        assertThat(page("/check-ins/new/sections"))
                .contains("data-section=\"mood\"", "Mood and stress", "0 = very low", "10 = very good")
                .contains("10 = the most there could be");
        mvc.perform(checkIn("/check-ins", ann)
                        .param("overallPain", "4")
                        .param("mood", "3")
                        .param("stress", "8"))
                .andExpect(redirectedUrl("/history"));
        String checkIn = newestCheckIn();
        assertThat(page(checkIn)).contains("Mood (10 = very good)", "3 / 10", "Stress (10 = the most)", "8 / 10");

        String again = page("/check-ins/new?copy=last");
        assertThat(again)
                .as("same as last time copies them, and their part opens to show it")
                .containsPattern("name=\"mood\" value=\"3\"[^>]*checked")
                .containsPattern("name=\"stress\" value=\"8\"[^>]*checked")
                .containsPattern("<details class=\"section\" (data-section=\"mood\" open=\"open\""
                        + "|open=\"open\" data-section=\"mood\")>");
    }

    @Test
    void mood_and_stress_turned_off_are_not_asked_but_a_check_in_that_holds_them_keeps_them() throws Exception {
        mvc.perform(checkIn("/check-ins", ann).param("overallPain", "4").param("mood", "6"))
                .andExpect(redirectedUrl("/history"));
        String checkIn = newestCheckIn();
        assertThat(page("/account")).containsPattern("name=\"moodAndStress\" value=\"on\"[^>]*checked");

        mvc.perform(post("/account/preferences")
                        .session(ann)
                        .with(csrf())
                        .param("timeZone", "Europe/London")
                        .param("dayBoundary", "04:00"))
                .andExpect(redirectedUrl("/account"));

        assertThat(page("/account")).doesNotContainPattern("name=\"moodAndStress\" value=\"on\"[^>]*checked");
        assertThat(page("/check-ins/new"))
                .as("the blank check-in no longer offers the part")
                .doesNotContain("data-deferred=\"mood\"", "Mood and stress");
        assertThat(page("/check-ins/new/sections")).doesNotContain("data-section=\"mood\"");
        assertThat(page(checkIn + "/edit"))
                .as("correcting a check-in that holds a mood shows it, so it is not lost")
                .containsPattern("name=\"mood\" value=\"6\"[^>]*checked");

        mvc.perform(post("/account/preferences")
                        .session(ann)
                        .with(csrf())
                        .param("timeZone", "Europe/London")
                        .param("dayBoundary", "04:00")
                        .param("moodAndStress", "on"))
                .andExpect(redirectedUrl("/account"));
        assertThat(page("/check-ins/new")).contains("data-deferred=\"mood\"");
    }

    @Test
    void how_long_stiffness_lasted_is_asked_in_the_morning_once_a_day_and_not_copied() throws Exception {
        assertThat(page("/check-ins/new"))
                .as("at noon it is no longer the morning")
                .doesNotContain("data-deferred=\"morningStiffness\"");
        clock.set(Instant.parse("2026-03-11T07:30:00Z"));
        ann = people.signIn(email, People.PASSPHRASE);
        assertThat(page("/check-ins/new")).contains("data-deferred=\"morningStiffness\"", "Stiffness this morning");
        assertThat(page("/check-ins/new/sections"))
                .contains("For how many minutes were your legs or feet stiff after you got up?")
                .contains("Until the stiffness eased as much as it was going to. 0 if you were not stiff.");

        mvc.perform(checkIn("/check-ins", ann).param("overallPain", "5").param("morningStiffnessMinutes", "an hour"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Enter a whole number from 0 to 1,440.")))
                .andExpect(content().string(containsString("value=\"an hour\"")));
        mvc.perform(checkIn("/check-ins", ann).param("overallPain", "5").param("morningStiffnessMinutes", "75"))
                .andExpect(redirectedUrl("/history"));

        assertThat(page("/check-ins/new"))
                .as("the day holds an answer: a second morning check-in does not ask again")
                .doesNotContain("data-deferred=\"morningStiffness\"");
        assertThat(page("/check-ins/new?copy=last"))
                .as("nor does same as last time copy it")
                .doesNotContain("data-section=\"morningStiffness\"");
        String checkIn = newestCheckIn();
        assertThat(page(checkIn)).containsPattern("Stiff after getting up</dt>\\s*<dd>75 minutes</dd>");
        assertThat(page(checkIn + "/edit"))
                .as("correcting the check-in that holds it shows it")
                .contains("data-section=\"morningStiffness\"")
                .containsPattern("name=\"morningStiffnessMinutes\" value=\"75\"");
    }

    @Test
    void how_much_pain_got_in_the_way_is_asked_once_a_day_and_not_copied() throws Exception {
        assertThat(page("/check-ins/new"))
                .contains("data-deferred=\"interference\"", "How much pain got in the way today");
        assertThat(page("/check-ins/new/sections"))
                .contains("How much did leg and foot pain get in the way of your day: work, chores, walking, sleep,"
                        + " being with people?")
                .contains("0 = not at all", "10 = completely");
        mvc.perform(checkIn("/check-ins", ann).param("overallPain", "5").param("interference", "7"))
                .andExpect(redirectedUrl("/history"));

        assertThat(page("/check-ins/new"))
                .as("the day holds an answer: a second check-in that day does not ask again")
                .doesNotContain("data-deferred=\"interference\"");
        assertThat(page("/check-ins/new?copy=last"))
                .as("nor does same as last time copy it")
                .doesNotContain("data-section=\"interference\"");
        String checkIn = newestCheckIn();
        assertThat(page(checkIn)).contains("Pain got in the way of the day (10 = completely)", "7 / 10");
        assertThat(page(checkIn + "/edit"))
                .as("correcting the check-in that holds it shows it")
                .containsPattern("name=\"interference\" value=\"7\"[^>]*checked");

        clock.set(clock.instant().plus(java.time.Duration.ofDays(1)));
        ann = people.signIn(email, People.PASSPHRASE);
        assertThat(page("/check-ins/new")).as("a new day asks again").contains("data-deferred=\"interference\"");
    }

    @Test
    void same_as_last_time_fills_in_everything_but_the_day_time_and_note() throws Exception {
        int heel = siteIndex("heel-left");
        mvc.perform(checkIn("/check-ins", ann)
                        .param("sites[" + heel + "].selected", "on")
                        .param("sites[" + heel + "].intensity", "7")
                        .param("overallPain", "6")
                        .param("sleepHours", "5")
                        .param("note", "only for that day"))
                .andExpect(redirectedUrl("/history"));
        clock.set(Instant.parse("2026-03-10T20:00:00Z"));

        String html = page("/check-ins/new?copy=last");

        assertThat(html).contains("Filled in from your check-in of");
        assertThat(html).containsPattern("name=\"sites\\[" + heel + "\\].intensity\" value=\"7\"[^>]*checked");
        assertThat(html).contains("value=\"5\"").doesNotContain("only for that day");
        assertThat(html).containsPattern("name=\"timeOfDay\" value=\"evening\"[^>]*checked");
        assertThat(html).contains("value=\"2026-03-10\"");
        assertThat(html)
                .as("save is focused: the repeat check-in is two presses")
                .containsPattern("form=\"check-in-form\" class=\"button primary\" autofocus");
    }

    @Test
    void a_check_in_made_before_the_day_boundary_lands_on_the_previous_diary_day() throws Exception {
        clock.set(Instant.parse("2026-03-11T01:30:00Z"));
        mvc.perform(checkIn("/check-ins", ann).param("overallPain", "8")).andExpect(redirectedUrl("/history"));
        assertThat(page("/history")).contains("datetime=\"2026-03-10\"").doesNotContain("datetime=\"2026-03-11\"");
    }

    @Test
    void a_missed_day_can_be_filled_in_afterwards() throws Exception {
        mvc.perform(checkIn("/check-ins", ann).param("overallPain", "3").param("diaryDay", "2026-03-01"))
                .andExpect(redirectedUrl("/history"));
        assertThat(page("/history")).contains("datetime=\"2026-03-01\"");
    }

    @Test
    void text_is_shown_as_text_never_as_markup() throws Exception {
        mvc.perform(checkIn("/check-ins", ann)
                        .param("overallPain", "3")
                        .param("note", "<img src=x onerror=alert(1)>")
                        .param("ownTriggers", "<script>alert(2)</script>"))
                .andExpect(redirectedUrl("/history"));
        assertThat(page(newestCheckIn()))
                .contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;alert(2)&lt;/script&gt;")
                .doesNotContain("<img src=x", "<script>alert(2)");
    }

    @Test
    void a_session_ends_twelve_hours_after_sign_in_however_active() throws Exception {
        mvc.perform(get("/history").session(ann)).andExpect(status().isOk());
        clock.advance(java.time.Duration.ofHours(11).plusMinutes(59));
        mvc.perform(get("/history").session(ann)).andExpect(status().isOk());
        clock.advance(java.time.Duration.ofMinutes(2));
        mvc.perform(get("/history").session(ann)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void crafted_forms_never_cause_a_server_error() throws Exception {
        int status = mvc.perform(post("/check-ins")
                        .session(ann)
                        .with(csrf())
                        .param("sites[100000].code", "heel-left")
                        .param("overallPain", "3"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isBetween(400, 499);
        mvc.perform(checkIn("/check-ins", ann).param("overallPain", "3").param("rlsWorseAtRest", "perhaps"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/check-ins/not-an-id").session(ann)).andExpect(status().isNotFound());
        mvc.perform(get("/history?page=abc").session(ann)).andExpect(status().isOk());
    }

    @Test
    void every_page_of_a_person_with_a_corrected_check_in_renders_completely() throws Exception {
        String url = people.recordHeelAndCalf(ann);
        mvc.perform(checkIn(url, ann).param("overallPain", "2").param("note", "after the walk"))
                .andExpect(redirectedUrl("/history"));
        for (String page : new String[] {
            "/",
            "/history",
            "/history?page=1",
            "/check-ins/new",
            "/check-ins/new?copy=last",
            url,
            url + "/edit",
            url + "/delete",
            "/account",
            "/account/delete"
        }) {
            assertThat(page(page)).as(page).contains("<main id=\"main\"").endsWith("</html>\n");
        }
    }

    @Test
    void add_another_medication_adds_a_row_and_keeps_what_was_typed() throws Exception {
        String html = mvc.perform(checkIn("/check-ins", ann)
                        .param("overallPain", "3")
                        .param("medications[0].name", "Pregabalin")
                        .param("addMedication", "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("value=\"Pregabalin\"", "name=\"medications[1].name\"", "name=\"medications[2].name\"");
        assertThat(page("/history")).contains("No check-ins yet.");
    }
}
