package org.legible.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@LegibleTest
class DesignPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyone_can_see_every_part_of_the_design_signed_out_and_it_holds_no_ones_data() throws Exception {
        String html = mvc.perform(get("/design"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "How Legible looks",
                        "--accent",
                        "The pain colour scale",
                        "class=\"pain-chip\" data-level=\"5\">10<",
                        "class=\"bodymap-svg bodymap-picture\"",
                        "class=\"tab-bar tab-bar-sample\"",
                        "class=\"button primary big\"",
                        "class=\"error-summary\"",
                        "class=\"scale\"",
                        "class=\"card\"")
                .doesNotContain("legible-device");
        assertThat(html.split("<g class=\"region", -1)).hasSize(27);
        assertThat(html.split("<g class=\"region selected\"", -1)).hasSize(8);
    }

    @Test
    void the_navigation_marks_where_you_are_and_more_lists_the_rest_with_what_each_is_for() throws Exception {
        MockHttpSession ann = new People(mvc).signUp(People.uniqueEmail("ann"));
        String today = page("/", ann);
        assertThat(today).containsPattern("<a href=\"/\"\\s+aria-current=\"page\">");
        assertThat(today.split("aria-current=\"page\"", -1)).hasSize(2);
        assertThat(page("/insights", ann)).containsPattern("<a href=\"/insights\"\\s+aria-current=\"page\">");
        String more = page("/more", ann);
        assertThat(more)
                .containsPattern("<a href=\"/more\"\\s+aria-current=\"page\">")
                .contains("Understand my pain", "Questionnaires", "History", "Experiments", "Reminders", "Sign out");
        assertThat(page("/history", ann)).containsPattern("<a href=\"/more\"\\s+aria-current=\"page\">");
    }

    private String page(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
