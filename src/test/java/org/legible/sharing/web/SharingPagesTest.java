package org.legible.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.Diary;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.experiments.Experiments;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sharing the report with a clinician through the real security chain: the link opens the report and its PDF and
 * nothing else, ends when revoked or when its time is up, and every opening is in the owner's access log.
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class SharingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    Accounts accounts;

    @Autowired
    Diary diary;

    @Autowired
    Experiments experiments;

    People people;
    String annEmail;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        annEmail = People.uniqueEmail("ann");
        ann = people.signUp(annEmail);
        people.recordHeelAndCalf(ann);
    }

    private MockHttpServletResponse open(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    /** Makes a share of the last 90 days for a month; its link's path. */
    private String share(String label) throws Exception {
        MvcResult made = mvc.perform(post("/sharing")
                        .session(ann)
                        .with(csrf())
                        .param("label", label)
                        .param("scope", "report")
                        .param("period", "rolling")
                        .param("days", "90")
                        .param("lasts", "30"))
                .andReturn();
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/sharing");
        String link = (String) made.getFlashMap().get("createdLink");
        assertThat(link).matches("http://localhost/shared/[A-Za-z0-9_-]{43}");
        return link.substring("http://localhost".length());
    }

    @Test
    void a_clinician_opens_the_report_and_its_pdf_without_an_account_and_the_person_sees_each_opening()
            throws Exception {
        assertThat(open(ann, "/sharing/new").getContentAsString())
                .as("before the first share, a stronger sign-in is asked for")
                .contains("First, protect your sign-in", "/account/sign-in/codes?next=/sharing/new")
                .doesNotContain("Who is it for?");
        assertThat(open(ann, "/sharing/new?stronger=later").getContentAsString())
                .contains("Who is it for?", "6 months");
        String link = share("Dr Lee, rheumatology");
        MockHttpSession clinician = new MockHttpSession();

        MockHttpServletResponse page = open(clinician, link);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("A report shared with you", "class=\"report-sheet\"", "left heel")
                .contains("<meta name=\"robots\" content=\"noindex, nofollow\">")
                .as("no navigation into the person's own pages, no script")
                .doesNotContain("href=\"/history\"", "href=\"/insights\"", "<script");
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        assertThat(page.getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");

        MockHttpServletResponse pdf = open(clinician, link + "/report.pdf");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes());

        for (String elsewhere : new String[] {"/", "/history", "/insights", "/report", "/sharing", "/access-log"}) {
            assertThat(open(clinician, elsewhere).getRedirectedUrl())
                    .as("the link opens nothing of the person's own: " + elsewhere)
                    .endsWith("/login");
        }
        assertThat(open(clinician, "/api/v1/check-ins").getStatus()).isEqualTo(401);

        String log = open(ann, "/access-log").getContentAsString();
        assertThat(log).contains("Dr Lee, rheumatology", "Opened the report", "Downloaded the PDF");
        MockHttpServletResponse export = open(ann, "/export/legible.json");
        assertThat(export.getStatus()).isEqualTo(200);
        String exported = export.getContentAsString()
                .replaceAll("\\s*\\n\\s*", "")
                .replace("\" : ", "\":")
                .replace("[ {", "[{");
        assertThat(exported)
                .as("the shares and the access log are in the full export, the link is not")
                .contains("\"shares\":[{\"id\":", "\"label\":\"Dr Lee, rheumatology\"", "\"periodDays\":90")
                .contains("\"accessLog\":[{\"at\":")
                .containsPattern("\"share\":\"[0-9a-f-]{36}\",\"token\":null,\"carer\":null,\"kind\":\"opened\"")
                .contains("\"kind\":\"opened\"", "\"kind\":\"pdf\"")
                .doesNotContain(link.substring("/shared/".length()));
        mvc.perform(post("/report/pdf")
                .session(ann)
                .with(csrf())
                .param("from", "2026-02-01")
                .param("to", "2026-03-10")
                .param("paper", "a4"));
        assertThat(open(ann, "/access-log").getContentAsString())
                .as("what the person took out themselves is listed too")
                .contains("You, signed in", "Downloaded everything (JSON)", "Downloaded your report&#39;s PDF");
        assertThat(open(ann, "/sharing").getContentAsString())
                .as("the page after making it shows the link, and as a QR code")
                .contains("Dr Lee, rheumatology", "The last 90 days", "Open until Apr 9, 2026.", link)
                .contains("aria-label=\"QR code of the link\"");
        assertThat(open(ann, "/sharing").getContentAsString())
                .as("and never again: only its hash is kept")
                .contains("Dr Lee, rheumatology")
                .doesNotContain(link);
    }

    @Test
    void a_clinicians_share_shows_the_personal_experiments_its_period_covers() throws Exception {
        AccountId account = accounts.findByEmail(annEmail).orElseThrow();
        LocalDate start = LocalDate.parse("2026-02-01");
        experiments.restore(
                account,
                new Experiment(
                        null,
                        Strategy.HEAT,
                        start,
                        16,
                        null,
                        Instant.parse("2026-02-01T08:00:00Z"),
                        new Experiment.Blocks(null, 4, 0, List.of(Arm.A, Arm.B))));
        for (int i = 0; i < 16; i++) {
            boolean heat = i < 4 || i >= 12;
            diary.record(
                    account,
                    CheckIns.on(start.plusDays(i), heat ? 2 : 5)
                            .strategies(
                                    heat ? List.of(new StrategyUse(Strategy.HEAT, null, null, null, null)) : List.of())
                            .details());
        }
        open(ann, "/sharing/new?stronger=later");
        String link = share("Dr Lee, rheumatology");

        assertThat(open(new MockHttpSession(), link).getContentAsString())
                .contains("Personal experiments", "Heat on and off, Feb 1, 2026 to Feb 16, 2026")
                .contains("Daily pain was lower in the blocks with Heat than in the blocks without Heat");
    }

    @Test
    void a_revoked_or_expired_link_says_only_that_it_has_ended_and_an_unknown_one_is_not_found() throws Exception {
        String revoked = share("Dr Lee");
        String expiring = share("Physio");
        java.util.regex.Matcher drLee = java.util.regex.Pattern.compile(
                        "(?s)<h2>Dr Lee</h2>(?:(?!</li>).)*action=\"/sharing/([0-9a-f-]{36})/revoke\"")
                .matcher(open(ann, "/sharing").getContentAsString());
        assertThat(drLee.find()).isTrue();
        String id = drLee.group(1);
        assertThat(id).matches("[0-9a-f-]{36}");

        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        mvc.perform(post("/sharing/" + id + "/revoke").session(bob).with(csrf()));
        assertThat(open(new MockHttpSession(), revoked).getStatus())
                .as("not Bob's to end")
                .isEqualTo(200);

        mvc.perform(post("/sharing/" + id + "/revoke").session(ann).with(csrf()));
        MockHttpServletResponse ended = open(new MockHttpSession(), revoked);
        assertThat(ended.getStatus()).isEqualTo(410);
        assertThat(ended.getContentAsString())
                .contains("This share has ended")
                .doesNotContain("left heel", "report-sheet");
        assertThat(open(new MockHttpSession(), revoked + "/report.pdf").getStatus())
                .isEqualTo(410);

        assertThat(open(ann, "/sharing").getContentAsString()).contains("You ended it on Mar 10, 2026.");
        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(open(new MockHttpSession(), expiring).getStatus()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        assertThat(open(new MockHttpSession(), expiring).getStatus())
                .as("a month to the second")
                .isEqualTo(410);

        assertThat(open(new MockHttpSession(), "/shared/" + "A".repeat(43)).getStatus())
                .isEqualTo(404);
        assertThat(open(new MockHttpSession(), "/shared/short").getStatus()).isEqualTo(404);
        MockHttpSession again = people.signIn(annEmail, People.PASSPHRASE);
        assertThat(open(again, "/access-log").getContentAsString().split("Opened the report", -1))
                .as("two openings while open; an ended link opens nothing, so nothing more is logged")
                .hasSize(3);
    }

    @Test
    void a_passcode_is_asked_once_per_browser_and_guesses_are_throttled_and_logged() throws Exception {
        MvcResult made = mvc.perform(post("/sharing")
                        .session(ann)
                        .with(csrf())
                        .param("label", "Dr Lee")
                        .param("scope", "report")
                        .param("period", "rolling")
                        .param("days", "30")
                        .param("lasts", "7")
                        .param("passcode", "river stones 7"))
                .andReturn();
        String link = ((String) made.getFlashMap().get("createdLink")).substring("http://localhost".length());
        MockHttpSession clinician = new MockHttpSession();

        MockHttpServletResponse asked = open(clinician, link);
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString())
                .contains("Type the passcode", "type=\"password\"")
                .doesNotContain("report-sheet", "left heel");
        assertThat(open(clinician, link + "/report.pdf").getRedirectedUrl()).isEqualTo(link);

        MockHttpServletResponse wrong = mvc.perform(
                        post(link).session(clinician).with(csrf()).param("passcode", "river stones 8"))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString())
                .contains("That passcode is not right.")
                .doesNotContain("left heel");
        for (int i = 0; i < 4; i++) {
            mvc.perform(post(link).session(clinician).with(csrf()).param("passcode", "guess " + i));
        }
        MockHttpServletResponse locked = mvc.perform(
                        post(link).session(clinician).with(csrf()).param("passcode", "river stones 7"))
                .andReturn()
                .getResponse();
        assertThat(locked.getStatus()).as("even the right passcode waits").isEqualTo(429);
        assertThat(locked.getHeader("Retry-After")).isNotNull();
        assertThat(locked.getContentAsString()).contains("Too many wrong passcodes.");

        clock.advance(Duration.ofMinutes(16));
        assertThat(mvc.perform(post(link).session(clinician).with(csrf()).param("passcode", "river stones 7"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(link);
        assertThat(open(clinician, link).getContentAsString()).contains("report-sheet", "left heel");
        assertThat(open(clinician, link + "/report.pdf").getContentType()).isEqualTo("application/pdf");
        assertThat(open(new MockHttpSession(), link).getContentAsString())
                .as("another browser asks again")
                .contains("Type the passcode");

        MockHttpSession again = people.signIn(annEmail, People.PASSPHRASE);
        assertThat(open(again, "/access-log").getContentAsString().split("A wrong passcode was typed", -1))
                .as("each wrong passcode, not the ones refused while locked")
                .hasSize(6);
        assertThat(open(again, "/sharing").getContentAsString()).contains("Asks for your passcode.");
    }

    @Test
    void making_a_share_needs_the_passphrase_typed_in_the_last_ten_minutes_even_when_posted_directly()
            throws Exception {
        clock.advance(Duration.ofMinutes(11));
        MockHttpServletResponse stale = mvc.perform(post("/sharing")
                        .session(ann)
                        .with(csrf())
                        .param("label", "Someone")
                        .param("scope", "report")
                        .param("period", "rolling")
                        .param("days", "90")
                        .param("lasts", "30"))
                .andReturn()
                .getResponse();
        assertThat(stale.getRedirectedUrl()).startsWith("/account/confirm?next=");
        assertThat(open(ann, "/sharing").getContentAsString()).contains("You have not shared anything yet.");
    }

    /** Ann's change of the share to the label "Dr Lee, clinic", all else as it is after it gained the passcode. */
    private MockHttpServletRequestBuilder relabelled(String share) {
        return post(share)
                .session(ann)
                .with(csrf())
                .param("label", "Dr Lee, clinic")
                .param("scope", "report-history")
                .param("fhir", "yes")
                .param("period", "rolling")
                .param("days", "180")
                .param("lasts", "182");
    }

    /** The id in the first "Change" link of the shares page. */
    private String changeLink() throws Exception {
        java.util.regex.Matcher change = java.util.regex.Pattern.compile("href=\"(/sharing/[0-9a-f-]{36})/edit\"")
                .matcher(open(ann, "/sharing").getContentAsString());
        assertThat(change.find()).as("an open share can be changed").isTrue();
        return change.group(1);
    }

    @Test
    void a_share_is_widened_extended_and_given_a_passcode_on_the_same_link_with_a_recent_passphrase() throws Exception {
        String link = share("Dr Lee, rheumatology");
        String share = changeLink();
        String form = open(ann, share + "/edit").getContentAsString();
        assertThat(form)
                .contains("Change this share", "value=\"Dr Lee, rheumatology\"", "Save the changes")
                .contains("<option value=\"30\" selected=\"selected\">")
                .doesNotContain("Ask for no passcode any more");
        MockHttpSession clinician = new MockHttpSession();
        assertThat(open(clinician, link + "/days").getStatus())
                .as("the report only, for now")
                .isEqualTo(404);

        MockHttpServletResponse wrong = mvc.perform(post(share)
                        .session(ann)
                        .with(csrf())
                        .param("label", "Dr Lee, rheumatology")
                        .param("scope", "report-history")
                        .param("period", "rolling")
                        .param("days", "180")
                        .param("lasts", "365"))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString())
                .as("the same rules and words as making one, with what was typed kept")
                .contains("Choose how long the link works: from 1 day to 6 months.", "Save the changes")
                .contains("value=\"report-history\" checked=\"checked\"");

        clock.advance(Duration.ofMinutes(11));
        assertThat(mvc.perform(post(share)
                                .session(ann)
                                .with(csrf())
                                .param("label", "Dr Lee")
                                .param("scope", "report-history")
                                .param("period", "rolling")
                                .param("days", "180")
                                .param("lasts", "182"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("widening or extending needs the passphrase again")
                .startsWith("/account/confirm?next=");
        people.confirmPassphrase(ann);
        MvcResult changed = mvc.perform(post(share)
                        .session(ann)
                        .with(csrf())
                        .param("label", "Dr Lee")
                        .param("scope", "report-history")
                        .param("fhir", "yes")
                        .param("period", "rolling")
                        .param("days", "180")
                        .param("lasts", "182")
                        .param("passcode", "heel and calf"))
                .andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/sharing");
        assertThat(changed.getFlashMap().get("changedLabel")).isEqualTo("Dr Lee");
        assertThat(open(ann, "/sharing").getContentAsString())
                .contains("The share for Dr Lee is changed.", "The last 180 days", "Asks for your passcode.")
                .contains("With a FHIR download.", "Open until Sep 8, 2026.");

        assertThat(open(clinician, link).getContentAsString())
                .as("the same link, now behind the passcode")
                .contains("passcode");
        mvc.perform(post(link).session(clinician).with(csrf()).param("passcode", "heel and calf"));
        assertThat(open(clinician, link + "/days").getStatus())
                .as("now with the days behind it")
                .isEqualTo(200);

        mvc.perform(relabelled(share));
        assertThat(open(clinician, link + "/days").getStatus())
                .as("a change that keeps the passcode keeps the browser that typed it")
                .isEqualTo(200);
        mvc.perform(relabelled(share).param("passcode", "sole and ankle"));
        assertThat(open(clinician, link + "/days").getRedirectedUrl())
                .as("a new passcode must be typed again, even where the old one was")
                .isEqualTo(link);
        mvc.perform(post(link).session(clinician).with(csrf()).param("passcode", "sole and ankle"));
        assertThat(open(clinician, link + "/days").getStatus()).isEqualTo(200);

        assertThat(open(ann, share + "/edit").getContentAsString())
                .contains("Leave this empty to keep it", "Ask for no passcode any more");
        mvc.perform(post(share)
                .session(ann)
                .with(csrf())
                .param("label", "Dr Lee")
                .param("scope", "report")
                .param("period", "rolling")
                .param("days", "90")
                .param("lasts", "7")
                .param("removePasscode", "yes"));
        assertThat(open(ann, "/sharing").getContentAsString())
                .contains("Open until Mar 17, 2026.")
                .doesNotContain("Asks for your passcode.");
        assertThat(open(new MockHttpSession(), link + "/days").getStatus())
                .as("narrowed again")
                .isEqualTo(404);

        mvc.perform(post(share + "/revoke").session(ann).with(csrf()));
        assertThat(open(ann, share + "/edit").getRedirectedUrl())
                .as("an ended share stays ended")
                .isEqualTo("/sharing");
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        assertThat(open(bob, share + "/edit").getRedirectedUrl())
                .as("not Bob's")
                .isEqualTo("/sharing");
        assertThat(open(ann, "/sharing/not-an-id/edit").getRedirectedUrl()).isEqualTo("/sharing");
    }

    @Test
    void a_share_asked_for_wrongly_comes_back_with_what_is_wrong_and_what_was_typed() throws Exception {
        MockHttpServletResponse wrong = mvc.perform(post("/sharing")
                        .session(ann)
                        .with(csrf())
                        .param("label", "")
                        .param("scope", "everything")
                        .param("period", "fixed")
                        .param("from", "2026-03-01")
                        .param("to", "2026-04-01")
                        .param("lasts", "365"))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString())
                .contains("Say who the share is for", "Choose what the share shows")
                .contains("Choose how long the link works: from 1 day to 6 months.")
                .contains("id=\"to-error\"", "value=\"2026-04-01\"")
                .as("sent again as it comes back, the scope is one that works")
                .contains("name=\"scope\" value=\"report\"")
                .doesNotContain("value=\"everything\"");

        MockHttpServletResponse noEnd = mvc.perform(post("/sharing")
                        .session(ann)
                        .with(csrf())
                        .param("label", "Dr Lee")
                        .param("scope", "report")
                        .param("period", "rolling")
                        .param("days", "12")
                        .param("lasts", "0")
                        .param("passcode", "12345"))
                .andReturn()
                .getResponse();
        assertThat(noEnd.getStatus()).isEqualTo(422);
        assertThat(noEnd.getContentAsString())
                .contains("Choose the last 30, 90 or 180 days.", "from 1 day to 6 months", "value=\"Dr Lee\"")
                .contains("A passcode needs 6 to 64 characters (this one has 5), or leave it empty.");
        assertThat(open(ann, "/sharing").getContentAsString()).contains("You have not shared anything yet.");
    }
}
