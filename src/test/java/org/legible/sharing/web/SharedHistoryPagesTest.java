package org.legible.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.legible.support.People.siteIndex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.test.web.servlet.MvcResult;

/**
 * What each kind of share shows a clinician, through the real security chain: the report only; the report with the
 * days behind its figures and the patterns; the person's notes only when ticked; the FHIR download only when allowed.
 * Every address a share does not name answers as if it did not exist, and every link on a shared page stays inside it.
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class SharedHistoryPagesTest {

    private static final String NOTE = "Worse after the school run";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    People people;
    String annEmail;
    MockHttpSession ann;
    String checkInUrl;

    @BeforeEach
    void diary() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        annEmail = People.uniqueEmail("ann");
        ann = people.signUp(annEmail);
        checkInUrl = people.recordHeelAndCalf(ann);
        int heel = siteIndex("heel-left");
        mvc.perform(checkIn("/check-ins", ann)
                .param("diaryDay", "2026-03-08")
                .param("sites[" + heel + "].selected", "on")
                .param("sites[" + heel + "].intensity", "5")
                .param("sites[" + heel + "].descriptors", "aching")
                .param("overallPain", "4")
                .param("note", NOTE));
    }

    private MockHttpServletResponse open(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    /** Makes a share of the last 30 days with what it shows and what is ticked; its link's path. */
    private String share(String scope, boolean notes, boolean fhir) throws Exception {
        var request = post("/sharing")
                .session(ann)
                .with(csrf())
                .param("label", "Dr Lee")
                .param("scope", scope)
                .param("period", "rolling")
                .param("days", "30")
                .param("lasts", "7");
        if (notes) {
            request.param("notes", "yes");
        }
        if (fhir) {
            request.param("fhir", "yes");
        }
        MvcResult made = mvc.perform(request).andReturn();
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/sharing");
        return ((String) made.getFlashMap().get("createdLink")).substring("http://localhost".length());
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher href = Pattern.compile("href=\"([^\"#]*)").matcher(html);
        while (href.find()) {
            links.add(href.group(1).replace("&amp;", "&"));
        }
        return links;
    }

    @Test
    void a_report_only_share_opens_the_report_and_nothing_behind_it() throws Exception {
        String link = share("report", false, false);
        MockHttpSession clinician = new MockHttpSession();
        String report = open(clinician, link).getContentAsString();
        assertThat(report).contains("left heel").doesNotContain(link + "/days", link + "/patterns", "record.fhir.json");
        for (String hidden : new String[] {"/days", "/days?site=heel-left", "/patterns", "/record.fhir.json"}) {
            assertThat(open(clinician, link + hidden).getStatus())
                    .as("a report-only share has no " + hidden)
                    .isEqualTo(404);
        }
    }

    @Test
    void a_share_with_history_links_each_figure_to_the_days_behind_it_and_keeps_notes_out_unless_ticked()
            throws Exception {
        String link = share("report-history", false, false);
        MockHttpSession clinician = new MockHttpSession();
        String report = open(clinician, link).getContentAsString();
        assertThat(links(report))
                .as("the figures link to their days")
                .contains(link + "/days", link + "/days?site=heel-left", link + "/days?feels=burning")
                .anySatisfy(l -> assertThat(l).startsWith(link + "/days?from="));
        for (String each : links(report)) {
            assertThat(each)
                    .as("every link on a shared page stays inside the share")
                    .matches("(" + Pattern.quote(link) + "(/[a-z.]+)?(\\?.*)?|/static/.*)");
        }

        String heel = open(clinician, link + "/days?site=heel-left").getContentAsString();
        assertThat(heel)
                .as("the report counts the heel on 2 days; so many are behind it")
                .contains("Days when the left heel hurt", "2 days with a check-in.")
                .contains("datetime=\"2026-03-10\"", "datetime=\"2026-03-08\"", "burning", "aching")
                .contains("The person did not share their notes.")
                .doesNotContain(NOTE);
        assertThat(open(clinician, link + "/days?feels=aching").getContentAsString())
                .contains("Days with aching pain", "One day with a check-in.", "datetime=\"2026-03-08\"")
                .doesNotContain("datetime=\"2026-03-10\"");
        assertThat(open(clinician, link + "/days?from=2026-03-09&to=2026-03-15").getContentAsString())
                .contains("Mar 9, 2026 to Mar 10, 2026 (2 days)", "datetime=\"2026-03-10\"")
                .doesNotContain("datetime=\"2026-03-08\"");
        assertThat(open(clinician, link + "/days?from=2025-01-01&to=2026-03-09").getContentAsString())
                .as("a week asked for past the share's days shows only the share's")
                .contains("Feb 9, 2026 to Mar 9, 2026 (29 days)", "datetime=\"2026-03-08\"")
                .doesNotContain("datetime=\"2026-03-10\"");
        for (String wrong : new String[] {"?site=elbow-left", "?feels=itchy", "?from=yesterday", "?flag=nope"}) {
            assertThat(open(clinician, link + "/days" + wrong).getStatus())
                    .as("a filter that names nothing: " + wrong)
                    .isEqualTo(404);
        }
        MockHttpServletResponse patterns = open(clinician, link + "/patterns");
        assertThat(patterns.getStatus()).isEqualTo(200);
        assertThat(patterns.getContentAsString()).contains("What the diary may point to", "How Legible decides");
        assertThat(patterns.getHeader("Cache-Control")).contains("no-store");
        assertThat(open(clinician, link + "/record.fhir.json").getStatus())
                .as("no FHIR download unless allowed")
                .isEqualTo(404);

        String withNotes = share("report-history", true, false);
        assertThat(open(new MockHttpSession(), withNotes + "/days").getContentAsString())
                .as("ticked, the notes are there")
                .contains(NOTE)
                .doesNotContain("The person did not share their notes.");

        String log = open(ann, "/access-log").getContentAsString();
        assertThat(log).contains("Opened the days behind the report", "Opened the patterns");
    }

    @Test
    void the_fhir_download_is_there_only_when_allowed_and_holds_the_share_days_without_notes_or_e_mail()
            throws Exception {
        String link = share("report", false, true);
        MockHttpSession clinician = new MockHttpSession();
        assertThat(links(open(clinician, link).getContentAsString())).contains(link + "/record.fhir.json");
        MockHttpServletResponse fhir = open(clinician, link + "/record.fhir.json");
        assertThat(fhir.getStatus()).isEqualTo(200);
        assertThat(fhir.getContentType()).startsWith("application/fhir+json");
        assertThat(fhir.getHeader("Cache-Control")).contains("no-store");
        assertThat(fhir.getContentAsString())
                .contains("\"resourceType\": \"Bundle\"", "\"valueInteger\": 7")
                .doesNotContain(annEmail, NOTE);
        assertThat(open(ann, "/access-log").getContentAsString()).contains("Downloaded the record (FHIR)");
        assertThat(open(ann, "/sharing").getContentAsString()).contains("With a FHIR download.");
    }

    @Test
    void notes_without_the_days_are_refused_with_a_message_next_to_the_box() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/sharing")
                        .session(ann)
                        .with(csrf())
                        .param("label", "Dr Lee")
                        .param("scope", "report")
                        .param("notes", "yes")
                        .param("period", "rolling")
                        .param("days", "30")
                        .param("lasts", "7"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Notes can only be shared with the days behind the report.")
                .contains("href=\"#notes\"")
                .containsPattern("id=\"notes\" name=\"notes\" value=\"yes\"[^>]*checked");
    }

    @Test
    void a_share_opens_none_of_the_person_own_addresses() throws Exception {
        String link = share("report-history", true, true);
        MockHttpSession clinician = new MockHttpSession();
        assertThat(open(clinician, link).getStatus()).isEqualTo(200);
        for (String own : new String[] {
            "/",
            "/history",
            checkInUrl,
            "/insights",
            "/insights/patterns",
            "/report",
            "/check-up",
            "/assessments",
            "/experiments",
            "/sharing",
            "/access-log",
            "/account",
            "/export/legible.json",
            "/export/legible-fhir.json"
        }) {
            assertThat(open(clinician, own).getRedirectedUrl())
                    .as("the browser that opened the share is not signed in: " + own)
                    .endsWith("/login");
        }
        for (String api : new String[] {"/api/v1/checkins", "/api/v1/export", "/api/v1/fhir/Bundle"}) {
            assertThat(open(clinician, api).getStatus()).as(api).isEqualTo(401);
        }
    }
}
