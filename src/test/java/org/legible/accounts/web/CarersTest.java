package org.legible.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.legible.support.People.siteIndex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
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
 * Carers through the real security chain: a person invites by a link, the carer accepts with their own account and
 * helps with what they were granted and nothing else, on every page the person's own pages link to; what a carer
 * records says "entered by" them in the history, the check-in, the exports and FHIR; removing a carer ends it on
 * their next request; the person's access log lists what the carer did.
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class CarersTest {

    /** Every page of the person's own that takes their account, and whether a carer with READ may open it. */
    private static final String[] READABLE = {
        "/", "/history", "/insights", "/insights/pain", "/insights/years", "/report"
    };

    private static final String[] NEVER = {
        "/account",
        "/cycle",
        "/account/tokens",
        "/account/sign-in",
        "/sharing",
        "/sharing/new",
        "/access-log",
        "/carers",
        "/carers/new",
        "/export/legible.json",
        "/export/legible-fhir.json",
        "/export/legible-csv.zip",
        "/experiments",
        "/assessments",
        "/check-up",
        "/check-ups",
        "/reminders",
        "/import/health"
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    People people;
    String annEmail;
    MockHttpSession ann;
    String annCheckIn;
    MockHttpSession sam;
    String samEmail;

    @BeforeEach
    void people() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        annEmail = People.uniqueEmail("ann");
        ann = people.signUp(annEmail);
        annCheckIn = people.recordHeelAndCalf(ann);
        samEmail = People.uniqueEmail("sam");
        sam = people.signInStrongly(people.signUp(samEmail), samEmail, clock.instant());
    }

    private MockHttpServletResponse open(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    /** Ann invites a carer with these grants; returns the invitation's path. */
    private String invite(String label, boolean record, boolean read) throws Exception {
        var request = post("/carers").session(ann).with(csrf()).param("label", label);
        if (record) {
            request.param("record", "yes");
        }
        if (read) {
            request.param("read", "yes");
        }
        MvcResult made = mvc.perform(request).andReturn();
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/carers");
        String link = (String) made.getFlashMap().get("invitationLink");
        assertThat(link).matches("http://localhost/care/invite/[A-Za-z0-9_-]{43}");
        return link.substring("http://localhost".length());
    }

    /** Sam accepts and starts helping Ann; returns the link's id. */
    private String acceptAndHelp(String invitation) throws Exception {
        assertThat(open(sam, invitation).getRedirectedUrl()).isEqualTo(invitation + "/accept");
        assertThat(open(sam, invitation + "/accept").getContentAsString())
                .contains(annEmail + " asks you to help", "Accept");
        assertThat(mvc.perform(post(invitation + "/accept").session(sam).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/care?accepted");
        String care = open(sam, "/care").getContentAsString();
        java.util.regex.Matcher help = java.util.regex.Pattern.compile("action=\"/care/([0-9a-f-]{36})/help\"")
                .matcher(care);
        assertThat(help.find()).isTrue();
        mvc.perform(post("/care/" + help.group(1) + "/help").session(sam).with(csrf()));
        return help.group(1);
    }

    private MockHttpServletResponse recordAsSam(String note) throws Exception {
        int heel = siteIndex("heel-left");
        return mvc.perform(checkIn("/check-ins", sam)
                        .param("sites[" + heel + "].selected", "on")
                        .param("sites[" + heel + "].intensity", "8")
                        .param("overallPain", "8")
                        .param("note", note))
                .andReturn()
                .getResponse();
    }

    @Test
    void a_carer_who_may_record_adds_check_ins_marked_as_theirs_and_sees_nothing_else() throws Exception {
        String invitation = invite("Sam, my partner", true, false);
        acceptAndHelp(invitation);
        assertThat(open(sam, "/check-ins/new").getContentAsString())
                .as("the banner says whose diary this is")
                .contains("You are helping " + annEmail + ".", "Back to your own diary");
        mvc.perform(post("/experiments")
                .session(ann)
                .with(csrf())
                .param("design", "on-off")
                .param("strategy", "heat")
                .param("blockDays", "7")
                .param("pairs", "2"));
        assertThat(open(ann, "/experiments/check-in").getContentAsString()).contains("block 1 of 4");
        MockHttpServletResponse block = open(sam, "/experiments/check-in");
        assertThat(block.getStatus())
                .as("the check-in's experiment line answers a carer who records, with nothing of the person's plan")
                .isEqualTo(200);
        assertThat(block.getContentAsString()).doesNotContain("block", "Heat", "helping");

        assertThat(open(sam, "/check-ins/new?copy=last").getContentAsString())
                .as("no copy of the last check-in for someone who may not read")
                .doesNotContain("Filled in from your check-in of", "data-copied-from");
        assertThat(mvc.perform(checkIn("/check-ins", sam).param("overallPain", "11"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a form sent back with a problem records nothing")
                .isEqualTo(422);
        assertThat(mvc.perform(checkIn("/check-ins", sam).param("open", "sleep"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("'show these questions' without script records nothing")
                .isEqualTo(200);
        MockHttpServletResponse saved = recordAsSam("a bad night");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/care?saved");
        for (String url : READABLE) {
            assertThat(open(sam, url).getRedirectedUrl())
                    .as("recording only, not reading: " + url)
                    .isEqualTo("/care?refused");
        }
        assertThat(open(sam, annCheckIn).getRedirectedUrl()).isEqualTo("/care?refused");
        for (String url : NEVER) {
            assertThat(open(sam, url).getRedirectedUrl()).as(url).isEqualTo("/care?refused");
        }
        assertThat(open(sam, annCheckIn + "/edit").getRedirectedUrl()).isEqualTo("/care?refused");

        String history = open(ann, "/history").getContentAsString();
        assertThat(history).contains("entered by Sam, my partner");
        assertThat(open(ann, "/report").getContentAsString())
                .contains("One check-in entered by Sam, my partner, a carer.");
        String export = open(ann, "/export/legible.json").getContentAsString();
        assertThat(export).contains("\"enteredBy\" : \"Sam, my partner\"", "a bad night");
        MockHttpSession restored = people.signUp(People.uniqueEmail("restored"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/import")
                .file(new org.springframework.mock.web.MockMultipartFile(
                        "file",
                        "legible-export.json",
                        "application/json",
                        export.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .session(restored)
                .with(csrf()));
        assertThat(open(restored, "/history").getContentAsString())
                .as("a restored export keeps who entered each check-in")
                .contains("entered by Sam, my partner");
        people.confirmPassphrase(ann);
        String fhir = open(ann, "/export/legible-fhir.json").getContentAsString();
        assertThat(fhir).contains("\"type\": \"RelatedPerson\"", "\"display\": \"Sam, my partner (carer)\"");
        String log = open(ann, "/access-log").getContentAsString();
        assertThat(log).contains("Carer &quot;Sam, my partner&quot;");
        assertThat(log.split("Recorded a check-in for you", -1))
                .as("one line for the one check-in Sam saved; the forms he opened or sent back add none")
                .hasSize(2);
        assertThat(log).doesNotContain("Opened /check-ins/new");
        assertThat(open(restored, "/access-log").getContentAsString())
                .as("a restored export is no carer's action")
                .doesNotContain("Recorded a check-in for you");

        mvc.perform(post("/care/own").session(sam).with(csrf()));
        assertThat(open(sam, "/history").getContentAsString())
                .as("back in their own diary, Sam sees his own (empty) history")
                .doesNotContain("entered by", "left heel");
    }

    @Test
    void a_carer_who_may_read_sees_the_diary_but_cannot_record_and_removal_ends_it_at_once() throws Exception {
        String invitation = invite("Sam", false, true);
        acceptAndHelp(invitation);
        mvc.perform(post("/cycle/following").session(ann).with(csrf()).param("on", "true"));
        assertThat(open(sam, "/insights").getContentAsString())
                .as("the cycle is Ann's alone, even when she follows it")
                .doesNotContain("/insights/cycle");
        assertThat(open(sam, "/insights/cycle").getStatus()).isEqualTo(404);
        assertThat(open(sam, "/").getContentAsString()).doesNotContain("My period started today");
        for (String url : READABLE) {
            assertThat(open(sam, url).getStatus()).as("reading: " + url).isEqualTo(200);
        }
        assertThat(open(sam, "/history").getContentAsString()).contains("left heel");
        assertThat(open(sam, annCheckIn).getContentAsString())
                .as("read only: no way to correct or delete it")
                .contains("left heel")
                .doesNotContain(annCheckIn + "/edit", annCheckIn + "/delete");
        assertThat(open(sam, "/check-ins/new").getRedirectedUrl()).isEqualTo("/care?refused");
        assertThat(recordAsSam("not allowed").getRedirectedUrl()).isEqualTo("/care?refused");
        for (String url : NEVER) {
            assertThat(open(sam, url).getRedirectedUrl()).as(url).isEqualTo("/care?refused");
        }
        assertThat(open(ann, "/access-log").getContentAsString()).contains("Opened /history");
        MockHttpServletResponse pdf = mvc.perform(post("/report/pdf")
                        .session(sam)
                        .with(csrf())
                        .param("from", "2026-02-10")
                        .param("to", "2026-03-10")
                        .param("paper", "a4"))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String pdfRow = java.util.Arrays.stream(
                        open(ann, "/access-log").getContentAsString().split("<tr"))
                .skip(1)
                .filter(row -> row.contains("report&#39;s PDF"))
                .findFirst()
                .orElseThrow();
        assertThat(pdfRow)
                .as("the carer's download is theirs in the log, not the person's")
                .contains("Sam")
                .doesNotContain("You, signed in");

        String carers = open(ann, "/carers").getContentAsString();
        java.util.regex.Matcher remove = java.util.regex.Pattern.compile("action=\"/carers/([0-9a-f-]{36})/remove\"")
                .matcher(carers);
        assertThat(remove.find()).isTrue();
        mvc.perform(post("/carers/" + remove.group(1) + "/remove").session(ann).with(csrf()));
        assertThat(open(sam, "/history").getContentAsString())
                .as("removed: the next request is Sam's own diary")
                .doesNotContain("left heel");
        assertThat(open(sam, "/care").getContentAsString()).contains("Nobody has invited you to help yet.");
    }

    @Test
    void a_carer_signed_in_with_the_passphrase_alone_helps_no_one_until_they_use_a_code() throws Exception {
        String invitation = invite("Sam", true, true);
        MockHttpSession fresh = people.signUp(People.uniqueEmail("tom"));
        assertThat(open(fresh, invitation + "/accept").getStatus()).isEqualTo(200);
        assertThat(mvc.perform(post(invitation + "/accept").session(fresh).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("accepting shows nothing of Ann's and needs no more than a passphrase")
                .isEqualTo("/care?accepted");
        java.util.regex.Matcher help = java.util.regex.Pattern.compile("action=\"/care/([0-9a-f-]{36})/help\"")
                .matcher(open(fresh, "/care").getContentAsString());
        assertThat(help.find()).isTrue();
        assertThat(mvc.perform(post("/care/" + help.group(1) + "/help")
                                .session(fresh)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account/sign-in/stronger?why=care&next=/care");
        assertThat(open(fresh, "/history").getContentAsString())
                .as("still Tom's own diary")
                .doesNotContain("left heel");
        assertThat(open(fresh, "/account/sign-in/stronger?why=care&next=/care").getContentAsString())
                .contains("Helping someone opens their diary", "You have no passkey or one-time codes yet")
                .contains("/account/sign-in/codes?next=/account/sign-in/stronger?why%3Dcare%26next%3D/care");

        // A session that was helping without a strong sign-in (as one could before this rule) is stopped too.
        fresh.setAttribute("legible.helping", help.group(1));
        assertThat(open(fresh, "/history").getRedirectedUrl())
                .isEqualTo("/account/sign-in/stronger?why=care&next=/care");
        assertThat(open(fresh, "/history").getContentAsString()).doesNotContain("left heel");
        assertThat(open(ann, "/access-log").getContentAsString()).doesNotContain("Opened /history");
    }

    @Test
    void an_invitation_works_once_for_a_week_not_for_its_maker_and_opens_sign_up_when_it_is_closed() throws Exception {
        String invitation = invite("Sam", true, true);
        MockHttpServletResponse signedOut = open(new MockHttpSession(), invitation);
        assertThat(signedOut.getStatus()).isEqualTo(200);
        assertThat(signedOut.getContentAsString())
                .contains(annEmail + " asks you to help", "Create an account to accept")
                .contains("/signup?invite=" + invitation.substring("/care/invite/".length()));

        MockHttpServletResponse own = mvc.perform(
                        post(invitation + "/accept").session(ann).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(own.getStatus()).isEqualTo(422);
        assertThat(own.getContentAsString()).contains("This is your own invitation.");

        acceptAndHelp(invitation);
        MockHttpSession other = people.signUp(People.uniqueEmail("other"));
        MockHttpServletResponse reused = mvc.perform(
                        post(invitation + "/accept").session(other).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(reused.getStatus()).isEqualTo(410);
        assertThat(reused.getContentAsString()).contains("This invitation has ended");

        String late = invite("Late", true, false);
        clock.advance(Duration.ofDays(8));
        assertThat(open(new MockHttpSession(), late).getStatus())
                .as("a week is up")
                .isEqualTo(410);
        assertThat(open(new MockHttpSession(), "/care/invite/not-a-link").getStatus())
                .isEqualTo(410);
    }

    @Test
    void an_invitation_asked_for_wrongly_says_what_is_wrong_and_keeps_what_was_typed() throws Exception {
        MockHttpServletResponse none = mvc.perform(
                        post("/carers").session(ann).with(csrf()).param("label", "Sam"))
                .andReturn()
                .getResponse();
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(none.getContentAsString())
                .contains("Choose what they may do: record check-ins, see your diary, or both.", "value=\"Sam\"");
        MockHttpServletResponse nameless = mvc.perform(
                        post("/carers").session(ann).with(csrf()).param("record", "yes"))
                .andReturn()
                .getResponse();
        assertThat(nameless.getStatus()).isEqualTo(422);
        assertThat(nameless.getContentAsString()).contains("Say who this is");
        assertThat(open(ann, "/carers/new").getContentAsString())
                .as("before the first carer, a stronger sign-in is asked for")
                .contains("First, protect your sign-in", "/account/sign-in/codes?next=/carers/new");
        assertThat(open(ann, "/carers/new?stronger=later").getContentAsString()).contains("What may they do?");
    }
}
