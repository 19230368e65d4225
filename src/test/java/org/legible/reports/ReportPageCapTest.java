package org.legible.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.Diary;
import org.legible.support.CheckIns;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page cap on a PDF (security.md §9), set to one page here so an ordinary report with its detail page hits it:
 * the person gets the report page back with what went wrong and everything they typed, not a broken download.
 */
@LegibleTest
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "legible.report.pdf.max-pages=1")
class ReportPageCapTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Diary diary;

    @Test
    void a_report_longer_than_the_cap_is_not_made_and_the_form_comes_back_as_typed() throws Exception {
        clock.set(Instant.parse("2026-10-31T18:00:00Z"));
        String email = People.uniqueEmail("cap");
        MockHttpSession session = new People(mvc).signUp(email);
        AccountId account = new AccountId(jdbc.sql("SELECT id FROM account WHERE email = :e")
                .param("e", email)
                .query(String.class)
                .single());
        for (int day = 1; day <= 14; day++) {
            diary.record(account, burningSoles(LocalDate.of(2026, 10, day)));
        }

        MockHttpServletResponse refused = mvc.perform(pdf(session, "2026-10-01", "2026-10-31"))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getContentAsString())
                .contains("The PDF was not made")
                .contains("It would have run to more than one page, so Legible did not make it.")
                .contains("Please ask about my feet &amp; nights")
                .contains("value=\"2026-10-01\"");

        MockHttpServletResponse empty = mvc.perform(pdf(session, "2025-01-01", "2025-01-31"))
                .andReturn()
                .getResponse();
        assertThat(empty.getStatus()).as("a one-page report is still made").isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(empty.getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder pdf(
            MockHttpSession session, String from, String to) {
        return post("/report/pdf")
                .session(session)
                .with(csrf())
                .header("Accept-Language", "en-GB")
                .param("from", from)
                .param("to", to)
                .param("paper", "a4")
                .param("note", "Please ask about my feet & nights");
    }

    private static CheckInDetails burningSoles(LocalDate day) {
        return CheckIns.on(day, 6)
                .sites(new SitePain(new BodySite(Region.SOLE, Side.LEFT), 6, Set.of(Descriptor.BURNING)))
                .details();
    }
}
