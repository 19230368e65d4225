package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Logs carry ids, never what people typed, nor their e-mail address, even when their input is refused. */
@LegibleTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest {

    private static final String CANARY = "CANARY-7f3a";

    @Autowired
    MockMvc mvc;

    @Test
    void no_typed_text_or_email_reaches_the_logs(CapturedOutput output) throws Exception {
        String email = "canary-7f3a-" + People.uniqueEmail("x");
        MockHttpSession session = new People(mvc).signUp(email);
        mvc.perform(checkIn("/check-ins", session)
                .param("overallPain", "4")
                .param("note", CANARY)
                .param("ownTriggers", CANARY)
                .param("strategies[20].ownName", CANARY)
                .param("medications[0].name", CANARY));
        mvc.perform(checkIn("/check-ins", session)
                .param("overallPain", "44")
                .param("note", CANARY + "x".repeat(20_001))
                .param("medications[0].name", CANARY)
                .param("medications[0].dose", CANARY));
        mvc.perform(post("/check-ins").session(session).param("note", CANARY));
        mvc.perform(post("/check-ins").session(session).with(csrf()).param("sites[999].code", CANARY));
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", CANARY));

        assertThat(output.getAll()).doesNotContainIgnoringCase(CANARY).doesNotContain(email);
    }

    /**
     * Issue 33 §3: marked text in every kind of field a person fills in (a check-in's note, own strategy, trigger and
     * medicine; a token's and a carer's name; the report's name and note; a spreadsheet's column and cells; a diary
     * brought in), then every page without an id in its address and the pages of that check-in, opened by its owner.
     * Nothing marked, and not the e-mail address, may reach the log.
     */
    @Test
    void marked_text_in_every_field_and_every_page_opened_leaves_nothing_in_the_logs(CapturedOutput output)
            throws Exception {
        String email = "canary-7f3a-" + People.uniqueEmail("pages");
        People people = new People(mvc);
        MockHttpSession session = people.signUp(email);
        mvc.perform(checkIn("/check-ins", session)
                .param("overallPain", "4")
                .param("note", CANARY + " note")
                .param("ownTriggers", CANARY + " trigger")
                .param("strategies[20].ownName", CANARY + " strategy")
                .param("medications[0].name", CANARY + " medicine"));
        String history = mvc.perform(get("/history").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher checkIn =
                java.util.regex.Pattern.compile("/check-ins/([0-9a-f-]{36})").matcher(history);
        assertThat(checkIn.find()).as("the check-in is in the history").isTrue();
        String id = checkIn.group(1);

        mvc.perform(post("/account/tokens")
                .session(session)
                .with(csrf())
                .param("name", CANARY + " token")
                .param("scope", "read")
                .param("lifetimeDays", "90")
                .param("passphrase", People.PASSPHRASE));
        mvc.perform(post("/carers")
                .session(session)
                .with(csrf())
                .param("label", CANARY + " carer")
                .param("read", "yes"));
        mvc.perform(post("/report")
                .session(session)
                .with(csrf())
                .param("name", CANARY)
                .param("note", CANARY));
        mvc.perform(post("/report/pdf")
                .session(session)
                .with(csrf())
                .param("from", "")
                .param("to", "")
                .param("name", CANARY)
                .param("note", CANARY));
        mvc.perform(multipart("/import/health/csv")
                .file(new MockMultipartFile(
                        "csvFile",
                        CANARY + ".csv",
                        "text/csv",
                        ("day," + CANARY + "\n2024-03-01," + CANARY + "\n").getBytes(StandardCharsets.UTF_8)))
                .session(session)
                .with(csrf()));
        mvc.perform(multipart("/import")
                .file(new MockMultipartFile(
                        "file",
                        CANARY + ".json",
                        "application/json",
                        ("{\"note\": \"" + CANARY + "\"").getBytes(StandardCharsets.UTF_8)))
                .session(session)
                .with(csrf()));

        List<String> pages = AccessControlTest.pagesWithoutIds();
        pages.addAll(List.of("/check-ins/" + id, "/check-ins/" + id + "/edit", "/check-ins/" + id + "/delete"));
        pages.addAll(List.of("/insights/pain?days=7", "/insights/helps?days=7", "/report?days=7"));
        for (String page : pages) {
            int status = mvc.perform(get(page).session(session))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(page).isLessThan(500);
        }

        assertThat(pages).hasSizeGreaterThan(40);
        assertThat(output.getAll()).doesNotContainIgnoringCase(CANARY).doesNotContain(email);
    }
}
