package org.legible.importers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckInDetails;
import org.legible.diary.Diary;
import org.legible.diary.HealthMeasures;
import org.legible.support.CheckIns;
import org.legible.support.HealthImportJobs;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A Flaredown export through the pages: upload, see what each column becomes and change it, preview, bring in, find
 * it in the history, the export and the import list, and undo it. The file is written as Flaredown's export job writes
 * it (rubyforgood/Flaredown, backend/app/jobs/data_export_job.rb).
 */
@LegibleTest
class FlaredownImportPageTest {

    static final String FILE = "Date,Fibromyalgia,Fatigue,Amitriptyline,Tags,Foods\n"
            + "2017-05-03,3,2,10 mg,stress; poor sleep,coffee\n"
            + "2017-05-04,4,4,10 mg,,\n"
            + "2017-05-05,2,1,,weather,\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    HealthMeasures measures;

    @Autowired
    Diary diary;

    People people;
    AccountId account;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        people = new People(mvc);
        String email = People.uniqueEmail("ann");
        ann = people.signUp(email);
        account = accounts.findByEmail(email).orElseThrow();
    }

    private MockHttpServletResponse upload(String name, String content) throws Exception {
        return mvc.perform(multipart("/import/health/flaredown")
                        .file(new MockMultipartFile(
                                "flaredownFile", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                        .session(ann)
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** The mapping as guessed, with the tags column's role as given. */
    private MockHttpServletRequestBuilder mapping(String url, String action, String amitriptyline) {
        return post(url)
                .session(ann)
                .with(csrf())
                .param("action", action)
                .param("role1", "RATING")
                .param("role2", "RATING")
                .param("role3", amitriptyline)
                .param("role4", "TRIGGER")
                .param("role5", "LEAVE_OUT");
    }

    private static String html(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString().replaceAll("\\s+", " ");
    }

    @Test
    void a_rating_brought_in_can_go_on_as_an_own_item_that_check_ins_ask() throws Exception {
        String url = upload("flaredown.csv", FILE).getRedirectedUrl();
        HealthImportJobs.finishedJobPage(
                mvc,
                ann,
                mvc.perform(mapping(url, "import", "MEDICATION"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl());

        assertThat(html(mvc.perform(get("/own-items").session(ann)).andReturn().getResponse()))
                .contains("Brought in from other apps", "<strong>Fatigue</strong>")
                .contains("<a href=\"/own-items?goOn=Fatigue#add-item\">Ask Fatigue in my check-ins</a>");
        String form = html(mvc.perform(get("/own-items?goOn=Fatigue").session(ann))
                .andReturn()
                .getResponse());
        assertThat(form)
                .as("the add form open, with the name and a 0-10 scale chosen")
                .contains("<details class=\"section\" id=\"add-item\" open=\"open\">")
                .contains("name=\"newItemName\" value=\"Fatigue\"")
                .containsPattern("name=\"newItemKind\" value=\"scale\" checked");
        assertThat(html(mvc.perform(get("/own-items?goOn=Coffee").session(ann))
                        .andReturn()
                        .getResponse()))
                .as("only a name brought in is offered")
                .doesNotContain("value=\"Coffee\"");

        mvc.perform(post("/own-items")
                .session(ann)
                .with(csrf())
                .param("newItemName", "Fatigue")
                .param("newItemKind", "scale"));
        assertThat(html(mvc.perform(get("/own-items").session(ann)).andReturn().getResponse()))
                .as("once it is asked in check-ins, it is not offered again")
                .doesNotContain("Ask Fatigue in my check-ins")
                .contains("Ask Fibromyalgia in my check-ins");
        assertThat(html(mvc.perform(get("/check-ins/new").session(ann))
                        .andReturn()
                        .getResponse()))
                .contains("Your own things to track", "Fatigue");
    }

    @Test
    void a_flaredown_diary_is_mapped_previewed_brought_in_shown_exported_and_undone() throws Exception {
        String url = upload("flaredown.csv", FILE).getRedirectedUrl();
        assertThat(url).startsWith("/import/health/flaredown/");

        String page = html(mvc.perform(get(url).session(ann)).andReturn().getResponse());
        assertThat(page)
                .contains("Bring in flaredown.csv from Flaredown")
                .contains("<label for=\"role2\">Fatigue</label>", "3 days, for example 2, 4, 1")
                .as("ratings guessed from 0 to 4, the dose column as a medication, tags as triggers")
                .contains(
                        "<option value=\"RATING\" selected=\"selected\">my own tracked item, kept on its 0 to 4 scale")
                .contains("<option value=\"MEDICATION\" selected=\"selected\">a medication, with the dose as written")
                .contains("<option value=\"TRIGGER\" selected=\"selected\">triggers, one for each item")
                .contains("<option value=\"LEAVE_OUT\" selected=\"selected\">leave it out");

        MockHttpServletResponse wrong =
                mvc.perform(mapping(url, "preview", "RATING")).andReturn().getResponse();
        assertThat(html(wrong))
                .as("a dose read as a rating shows in the preview, beside its line")
                .contains("<th scope=\"row\">2</th> <td colspan=\"2\" class=\"error\">"
                        + "The value in Amitriptyline is not a rating from 0 to 4.</td>");
        MockHttpServletResponse bad =
                mvc.perform(mapping(url, "preview", "HOPE")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(html(bad)).contains("id=\"role3-error\"", "Choose what this column becomes.");

        String preview = html(
                mvc.perform(mapping(url, "preview", "MEDICATION")).andReturn().getResponse());
        assertThat(preview)
                .contains("<td>3 May 2017</td> <td>Fibromyalgia 3 of 4; Fatigue 2 of 4; "
                        + "Amitriptyline 10 mg (medication); stress (trigger); poor sleep (trigger)</td>");
        assertThat(measures.imports(account))
                .as("nothing is saved by a preview")
                .isEmpty();

        String job = mvc.perform(mapping(url, "import", "MEDICATION"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(HealthImportJobs.finishedJobPage(mvc, ann, job))
                .contains("Added 3 days of your Flaredown diary, from 3 rows.");
        LocalDate third = LocalDate.of(2017, 5, 3);
        assertThat(measures.entries(account, third, third))
                .contains(HealthMeasures.TrackerEntry.rating(third, "Fatigue", 2, 4))
                .noneMatch(e -> e.name().equals("coffee"));

        assertThat(html(mvc.perform(get("/insights/brought-in?from=2017-05-01&to=2017-05-31")
                                .session(ann))
                        .andReturn()
                        .getResponse()))
                .as("with no check-ins in the period, what was brought in is still summed up, on its own scale")
                .contains("Brought in from other apps", "Tracked in another app")
                .contains("<th scope=\"row\">Fatigue</th> <td>3</td> <td>2.3 of 4</td> <td>1 to 4</td>");
        assertThat(html(mvc.perform(get("/history").session(ann)).andReturn().getResponse()))
                .as("a day with only a Flaredown diary is in the history too")
                .contains("<time datetime=\"2017-05-04\">")
                .contains(
                        "Tracked in another app:</span> Fatigue 4 of 4; Fibromyalgia 4 of 4; Amitriptyline 10 mg (medication)");

        diary.record(
                account,
                CheckIns.on(third, 5)
                        .sites(new CheckInDetails.SitePain(new BodySite(Region.SOLE, Side.LEFT), 5, null))
                        .details());
        assertThat(html(mvc.perform(get("/history").session(ann)).andReturn().getResponse()))
                .as("ratings, then medications, then triggers, each by name")
                .contains(
                        "Tracked in another app:</span> Fatigue 2 of 4; Fibromyalgia 3 of 4; Amitriptyline 10 mg (medication); "
                                + "poor sleep (trigger); stress (trigger)");
        assertThat(mvc.perform(get("/export/legible.json").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .replaceAll("\\s+", ""))
                .contains("\"sourceKind\":\"flaredown\"")
                .contains("{\"diaryDay\":\"2017-05-03\",\"kind\":\"rating\",\"name\":\"Fatigue\",\"rating\":2,"
                        + "\"scaleMax\":4,\"detail\":null}");

        String again = mvc.perform(mapping(upload("copy.csv", FILE).getRedirectedUrl(), "import", "MEDICATION"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(HealthImportJobs.finishedJobPage(mvc, ann, again)).contains("already");
        assertThat(html(mvc.perform(get("/import/health").session(ann))
                        .andReturn()
                        .getResponse()))
                .contains("3 days of a Flaredown diary");

        String id = measures.imports(account).get(0).id();
        mvc.perform(post("/import/health/" + id + "/undo").session(ann).with(csrf()));
        assertThat(measures.entries(account, third, third)).isEmpty();
    }

    @Test
    void another_persons_file_is_not_there_and_a_file_that_is_not_flaredowns_says_so() throws Exception {
        String url = upload("flaredown.csv", FILE).getRedirectedUrl();
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        assertThat(mvc.perform(get(url).session(bob)).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        String other = upload("sleep.csv", "day,sleep\n2024-03-01,7.5\n").getRedirectedUrl();
        MockHttpServletResponse refused =
                mvc.perform(get(other).session(ann)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(html(refused)).contains("role=\"alert\"", "This is not a Flaredown export");

        MockHttpServletResponse empty = upload("x.csv", "");
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("id=\"flaredownFile-error\"");
    }
}
