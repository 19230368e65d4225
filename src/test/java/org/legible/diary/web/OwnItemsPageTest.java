package org.legible.diary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A person's own things to track, from the check-in itself to history, the list and stopping one. */
@LegibleTest
@Import(TestClockConfiguration.class)
class OwnItemsPageTest {

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

    private String page(String url) throws Exception {
        return people.page(ann, url);
    }

    private static String newestCheckIn(String history) {
        Matcher link = Pattern.compile("href=\"(/check-ins/[0-9a-f-]{36})\"").matcher(history);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** Adds "Water", counted in glasses, from inside a check-in whose overall pain is 6; returns the page. */
    private String addWaterInsideACheckIn() throws Exception {
        return mvc.perform(checkIn("/check-ins", ann)
                        .param("overallPain", "6")
                        .param("addItem", "add")
                        .param("newItemName", "Water")
                        .param("newItemKind", "number")
                        .param("newItemUnit", "glasses"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String itemId(String page) {
        Matcher id = Pattern.compile("name=\"ownItems\\[(\\d+)]\\.item\" value=\"([0-9a-f-]{36})\"")
                .matcher(page);
        assertThat(id.find()).as("a row for the item").isTrue();
        return id.group(2);
    }

    @Test
    void something_added_from_inside_a_check_in_keeps_what_was_typed_and_is_asked_from_then_on() throws Exception {
        String blank = page("/check-ins/new");
        assertThat(blank).contains("Your own things to track", "name=\"addItem\" value=\"show\"");

        String asking = mvc.perform(
                        checkIn("/check-ins", ann).param("overallPain", "6").param("addItem", "show"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asking)
                .contains("What do you want to track?", "How do you want to answer it?", "One of a few words")
                .containsPattern("name=\"overallPain\" value=\"6\"[^>]*checked");

        MockHttpServletResponse refused = mvc.perform(checkIn("/check-ins", ann)
                        .param("overallPain", "6")
                        .param("addItem", "add")
                        .param("newItemName", "Energy")
                        .param("newItemKind", "words")
                        .param("newItemWords", "only one"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Write 2 to 6 different words, separated by commas.", "href=\"#newItemWords\"")
                .contains("value=\"Energy\"", "value=\"only one\"")
                .containsPattern("name=\"overallPain\" value=\"6\"[^>]*checked");

        String added = addWaterInsideACheckIn();
        assertThat(added)
                .contains("Added: Water. Answer it below, or leave it for later.", "Water (glasses)")
                .containsPattern("name=\"overallPain\" value=\"6\"[^>]*checked");
        String water = itemId(added);
        int row = Integer.parseInt(added.replaceAll("(?s).*name=\"ownItems\\[(\\d+)]\\.item\".*", "$1"));

        MockHttpServletResponse wrong = mvc.perform(checkIn("/check-ins", ann)
                        .param("overallPain", "6")
                        .param("ownItems[" + row + "].item", water)
                        .param("ownItems[" + row + "].value", "lots"))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("Enter a number, for example 6.5.", "value=\"lots\"");

        mvc.perform(checkIn("/check-ins", ann)
                        .param("overallPain", "6")
                        .param("ownItems[" + row + "].item", water)
                        .param("ownItems[" + row + "].value", "3"))
                .andExpect(redirectedUrl("/history"));
        String history = page("/history");
        assertThat(history).contains("Water</span>: 3 glasses");
        assertThat(page(newestCheckIn(history))).containsPattern("<dt>Water</dt>\\s*<dd>3 glasses</dd>");
        assertThat(page("/check-ins/new?copy=last"))
                .as("same as last time copies it")
                .containsPattern("name=\"ownItems\\[\\d+]\\.value\" value=\"3\"");
        assertThat(page("/check-ins/new")).contains("Water (glasses)");
    }

    @Test
    void a_stopped_item_is_no_longer_asked_but_its_answers_stay_and_a_correction_shows_them() throws Exception {
        String water = itemId(addWaterInsideACheckIn());
        mvc.perform(checkIn("/check-ins", ann)
                        .param("overallPain", "4")
                        .param("ownItems[0].item", water)
                        .param("ownItems[0].value", "2"))
                .andExpect(redirectedUrl("/history"));
        String checkIn = newestCheckIn(page("/history"));

        assertThat(page("/own-items")).contains("Water", "A number", "Stop tracking");
        clock.set(clock.instant().plus(Duration.ofDays(2)));
        ann = people.signIn(email, People.PASSPHRASE);
        mvc.perform(post("/own-items/" + water + "/stop").session(ann).with(csrf()))
                .andExpect(redirectedUrl("/own-items"));
        mvc.perform(post("/own-items/" + water + "/stop").session(ann).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(page("/own-items")).contains("Stopped", "Check-ins no longer ask these.");

        assertThat(page("/check-ins/new")).doesNotContain("Water (glasses)");
        assertThat(page("/check-ins/new?copy=last"))
                .as("same as last time does not bring back what is no longer tracked")
                .doesNotContain("Water (glasses)");
        assertThat(page(checkIn)).containsPattern("<dt>Water</dt>\\s*<dd>2 glasses</dd>");
        assertThat(page(checkIn + "/edit")).contains("Water (glasses)").containsPattern("value=\"2\"");
    }

    @Test
    void the_list_adds_with_the_same_rules_and_no_one_else_can_answer_or_stop_an_item() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/own-items")
                        .session(ann)
                        .with(csrf())
                        .param("newItemName", "")
                        .param("newItemKind", "yes_no"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Write what you want to track.");
        mvc.perform(post("/own-items")
                        .session(ann)
                        .with(csrf())
                        .param("newItemName", "Nap")
                        .param("newItemKind", "yes_no"))
                .andExpect(redirectedUrl("/own-items"));
        String nap = itemId(page("/check-ins/new"));

        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        MockHttpServletResponse answered = mvc.perform(checkIn("/check-ins", bob)
                        .param("overallPain", "3")
                        .param("ownItems[0].item", nap)
                        .param("ownItems[0].value", "yes"))
                .andReturn()
                .getResponse();
        assertThat(answered.getStatus()).isEqualTo(422);
        assertThat(answered.getContentAsString()).contains("This is not one of your things to track.");
        mvc.perform(post("/own-items/" + nap + "/stop").session(bob).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(page("/check-ins/new")).contains("Nap");
    }
}
