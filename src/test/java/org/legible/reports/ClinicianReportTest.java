package org.legible.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.assessments.AnswerSheet;
import org.legible.assessments.Assessment;
import org.legible.assessments.AssessmentId;
import org.legible.assessments.Assessments;
import org.legible.assessments.Instrument;
import org.legible.assessments.OutsideScore;
import org.legible.assessments.QuestionnaireDefinition;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.checkup.CheckUp;
import org.legible.checkup.CheckUpAnswers;
import org.legible.checkup.CheckUpId;
import org.legible.checkup.CheckUpResult;
import org.legible.checkup.CheckUps;
import org.legible.checkup.Question;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.RestlessLegs;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.Sleep;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.Diary;
import org.legible.diary.HealthMeasures;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.diary.Vocabulary.WokeBy;
import org.legible.insights.patterns.Mechanism;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The clinician report as a person gets it: the page, and the PDF read back with PDFBox (text, title, language,
 * outline, embedded fonts, one page before the detail tables) and drawn by poppler's pdftoppm.
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class ClinicianReportTest {

    static final LocalDate FIRST = LocalDate.parse("2026-10-02");
    static final LocalDate LAST = LocalDate.parse("2026-10-31");

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Diary diary;

    @Autowired
    Assessments assessments;

    @Autowired
    CheckUps checkUps;

    @Autowired
    HealthMeasures measures;

    MockHttpSession ann;
    AccountId account;

    @BeforeEach
    void thirtyDays() throws Exception {
        clock.set(Instant.parse("2026-10-31T18:00:00Z"));
        People people = new People(mvc);
        String email = People.uniqueEmail("ann");
        ann = people.signUp(email);
        account = new AccountId(jdbc.sql("SELECT id FROM account WHERE email = :e")
                .param("e", email)
                .query(String.class)
                .single());
        for (int i = 0; i < 30; i++) {
            boolean heat = i % 2 == 0;
            List<SitePain> sites = new ArrayList<>();
            sites.add(new SitePain(new BodySite(Region.SOLE, Side.LEFT), 6, Set.of(Descriptor.BURNING)));
            if (!heat) {
                sites.add(new SitePain(new BodySite(Region.CALF, Side.RIGHT), 3, Set.of(Descriptor.CRAMPING)));
            }
            diary.record(
                    account,
                    CheckIns.on(FIRST.plusDays(i), heat ? 4 : 6)
                            .sites(sites)
                            .sleep(new Sleep(new BigDecimal("6.5"), 5, i < 2 ? Set.of(WokeBy.RESTLESS_LEGS) : Set.of()))
                            .fatigue(5)
                            .moodAndStress(heat ? 6 : 4, 5)
                            .interference(heat ? 3 : 6)
                            .restlessLegs(i < 5 ? new RestlessLegs(5, true, true, true) : RestlessLegs.NONE)
                            .strategies(
                                    heat
                                            ? List.of(new StrategyUse(Strategy.HEAT, null, null, 20, Helped.A_LOT))
                                            : List.of())
                            .medications(new MedicationUse(
                                    "Pregabalin", new BigDecimal(i < 15 ? "75" : "150"), "mg", null, null))
                            .redFlags(i >= 26 && i <= 28 ? Set.of(RedFlag.ONE_LEG_SWOLLEN_WARM_RED) : Set.of())
                            .details());
        }
        // The month before: a sore right heel on three days.
        for (int i = 0; i < 3; i++) {
            diary.record(
                    account,
                    CheckIns.on(FIRST.minusDays(10 + i), 5)
                            .sites(new SitePain(new BodySite(Region.HEEL, Side.RIGHT), 4, Set.of()))
                            .details());
        }
        assessments.restore(account, allYesAcr2016(LocalDate.parse("2026-10-20")));
        assessments.recordOutsideScore(
                account,
                new OutsideScore(
                        null, OutsideScore.Kind.FIQR, null, LocalDate.parse("2026-10-15"), new BigDecimal("54.5")));
    }

    /** Every painful area ticked (WPI 19), each severity 2 (6) and each yes/no yes (3): distress score 28 of 31. */
    private static Assessment allYesAcr2016(LocalDate day) {
        QuestionnaireDefinition definition = Instrument.ACR_2016.definition();
        Map<String, String> answers = new LinkedHashMap<>();
        for (QuestionnaireDefinition.Item item : definition.items()) {
            answers.put(item.code(), item.type() == QuestionnaireDefinition.ItemType.SEVERITY ? "2" : "yes");
        }
        Instant at = day.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        return new Assessment(
                AssessmentId.random(),
                Instrument.ACR_2016,
                Instrument.ACR_2016.currentVersion(),
                true,
                day,
                at,
                at,
                at,
                new AnswerSheet(answers));
    }

    private MockHttpServletRequestBuilder pdfRequest(String paper, String name, String note) {
        return post("/report/pdf")
                .session(ann)
                .with(csrf())
                .header("Accept-Language", "en-GB")
                .param("from", FIRST.toString())
                .param("to", LAST.toString())
                .param("paper", paper)
                .param("name", name)
                .param("note", note);
    }

    private byte[] pdf(String paper, String name, String note) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(pdfRequest(paper, name, note)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"legible-report-2026-10-02-to-2026-10-31.pdf\"");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        return response.getContentAsByteArray();
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true); // reading order, as on paper
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void the_pdf_says_which_period_where_it_hurt_and_the_scores_on_page_one_and_the_tables_on_page_two()
            throws Exception {
        byte[] bytes = pdf("a4", "Ann Example", "The burning keeps me awake.\nIs it my nerves?");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String first = text(document, 1);
            assertThat(first)
                    .contains("Leg and foot pain report")
                    .contains("2 Oct 2026 to 31 Oct 2026 (30 days)")
                    .contains("for Ann Example")
                    .contains("Check-ins on 30 of the 30 days (30 check-ins in all)")
                    // 15 days at 4 and 15 at 6; the first half (2–16 Oct) has 8 heat days: (8×4 + 7×6) / 15
                    .contains("Daily mean pain 5.0 of 10 on 30 days (30 days before: ")
                    .contains("First half 4.9, second half 5.1")
                    .contains("Most days: left sole and arch 30 days (mean 6.0); right calf 15 days (mean 3.0)")
                    .contains("burning: 30 days")
                    .contains("Urge to move the legs on 5 days (mean 5.0 of 10 on those days)")
                    .contains("Woken by restless legs on 2 nights")
                    .contains("distress score 28 of 31 (very severe), 20 Oct 2026")
                    .contains("FIQR total (0 to 100): 54.5, 15 Oct 2026")
                    // Heat on the 15 even days at pain 4 against 15 days at 6, every value equal within each
                    // group, so every resample gives the same difference. Heat counts the same day (its kind's
                    // window), so the last column names that window and adds no second figure.
                    .contains("Heat 15 15 of 15")
                    .contains("−2.0 (−2.0 to −2.0) the same day")
                    .contains("Red flags reported: not explained by fibromyalgia, each needs its own assessment "
                            + "One leg swollen, warm or red: DVT (NICE NG158) or cellulitis? "
                            + "(3 days, last 30 Oct 2026) In my own words")
                    .contains("In my own words The burning keeps me awake. Is it my nerves? Pain, sleep")
                    .doesNotContain("Detail tables");
            String second = text(document, 2);
            assertThat(second)
                    .startsWith("Detail tables")
                    .contains("Week by week")
                    .contains("right heel 0 – 3 4.0")
                    .contains("Pregabalin 30 75 mg from 2 Oct 2026, 150 mg from 17 Oct 2026")
                    // Mood 6 on the days of pain 4, 4 on those of 6; stress 5 on each day, so no day is above it.
                    .contains("Mood (10 = very good) 30 5.0 on 0 to 10 (4.0 to 6.0) −2.0 (−2.0 to −2.0)")
                    .contains("Stress (10 = the most) 30 5.0 on 0 to 10 (5.0 to 5.0) –")
                    .contains("Pain got in the way of the day (10 = completely) 30 4.5 on 0 to 10 (3.0 to 6.0)"
                            + " +2.0 (+2.0 to +2.0)");

            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Leg and foot pain report, 2 Oct 2026 to 31 Oct 2026");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item :
                    document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline)
                    .containsExactly(
                            "Red flags reported: not explained by fibromyalgia, each needs its own assessment",
                            "In my own words",
                            "Pain, sleep and medications",
                            "Where it hurt",
                            "What it feels like",
                            "Restless legs",
                            "Screening scores",
                            "What seems to help",
                            "Detail tables");
            List<PDStructureElement> tagged = taggedElements(document);
            assertThat(tagged)
                    .filteredOn(e -> "Figure".equals(e.getStructureType()))
                    .extracting(PDStructureElement::getAlternateDescription)
                    .as("a screen reader reading the PDF hears what each chart shows")
                    .satisfiesExactly(
                            trend -> assertThat(trend)
                                    .startsWith("Overall leg and foot pain, sleep and medications, day by day Line"),
                            map -> assertThat(map).startsWith("Leg and foot map, 2 Oct 2026 to 31 Oct 2026"),
                            before -> assertThat(before).startsWith("Leg and foot map, 2 Sept 2026 to 1 Oct 2026"));
            assertThat(tagged)
                    .filteredOn(e -> "L".equals(e.getStructureType()))
                    .as("lists are read as lists of items")
                    .isNotEmpty()
                    .allSatisfy(list -> assertThat(list.getKids())
                            .isNotEmpty()
                            .allSatisfy(kid -> assertThat(((PDStructureElement) kid).getStructureType())
                                    .isEqualTo("LI")));
            for (PDPage page : document.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).isTrue();
                    assertThat(page.getResources().getFont(font).getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void letter_paper_gives_a_letter_page_and_pdftoppm_draws_it() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "reports"));
        for (String paper : List.of("a4", "letter")) {
            byte[] bytes = pdf(paper, "", "");
            try (PDDocument document = Loader.loadPDF(bytes)) {
                float width = document.getPage(0).getMediaBox().getWidth();
                float height = document.getPage(0).getMediaBox().getHeight();
                // PDF points: A4 is 595 × 842, US Letter 612 × 792.
                if (paper.equals("a4")) {
                    assertThat(Math.round(width)).isEqualTo(595);
                    assertThat(Math.round(height)).isEqualTo(842);
                } else {
                    assertThat(Math.round(width)).isEqualTo(612);
                    assertThat(Math.round(height)).isEqualTo(792);
                }
                assertThat(document.getNumberOfPages()).isEqualTo(2);
                assertThat(text(document, 1)).contains("What seems to help").doesNotContain("Detail tables");
            }
            Path file = dir.resolve("report-" + paper + ".pdf");
            Files.write(file, bytes);
            Process process = new ProcessBuilder(
                            "pdftoppm",
                            "-png",
                            "-r",
                            "60",
                            "-f",
                            "1",
                            "-l",
                            "1",
                            file.toString(),
                            dir.resolve("report-" + paper).toString())
                    .redirectErrorStream(true)
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            BufferedImage image =
                    ImageIO.read(dir.resolve("report-" + paper + "-1.png").toFile());
            assertThat(inkShare(image))
                    .as("share of the page that is not white")
                    .isBetween(0.03, 0.6);
        }
    }

    /** Every element of the PDF's structure tree (its tags), depth first. */
    private static List<PDStructureElement> taggedElements(PDDocument document) {
        List<PDStructureElement> found = new ArrayList<>();
        List<Object> pending = new ArrayList<>(
                document.getDocumentCatalog().getStructureTreeRoot().getKids());
        while (!pending.isEmpty()) {
            if (pending.remove(0) instanceof PDStructureElement element) {
                found.add(element);
                pending.addAll(0, element.getKids());
            }
        }
        return found;
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    @Test
    void markup_typed_by_the_person_stays_text_and_fetches_nothing() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canary.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        canary.start();
        try {
            String url = "http://127.0.0.1:" + canary.getAddress().getPort() + "/c";
            String img = "<img src=\"" + url + "\">";
            diary.record(
                    account,
                    CheckIns.on(LAST, 5)
                            .strategies(new StrategyUse(
                                    null, "<link rel=stylesheet href=\"" + url + "\">", null, null, null))
                            .medications(new MedicationUse(
                                    "<svg><image href=\"" + url + "\"/></svg>", null, null, null, null))
                            .details());

            byte[] bytes = pdf("a4", img, img + " <style>@import url(" + url + ");</style>");
            String page = mvc.perform(post("/report")
                            .session(ann)
                            .with(csrf())
                            .param("from", FIRST.toString())
                            .param("to", LAST.toString())
                            .param("note", img))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            try (PDDocument document = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("for " + img).contains(img + " <style>@import url(" + url + ");</style>");
            }
            assertThat(page).contains("&lt;img src=&quot;" + url + "&quot;&gt;").doesNotContain(img);
            assertThat(hits).hasValue(0);
        } finally {
            canary.stop(0);
        }
    }

    @Test
    void the_page_shows_the_same_report_and_opens_on_the_last_90_days() throws Exception {
        String html = mvc.perform(get("/report").session(ann).header("Accept-Language", "en-GB"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("value=\"2026-08-03\"") // 90 days ending today, 31 Oct
                .contains("value=\"2026-10-31\"")
                .contains("3 Aug 2026 to 31 Oct 2026 (90 days)")
                .contains("<svg")
                .contains("left sole and arch 30 days (mean 6.0)")
                .contains("distress score 28 of 31 (very severe), 20 Oct 2026");
    }

    @Test
    void the_comparison_with_the_days_before_says_how_many_days_each_has_so_fewer_days_never_look_like_less_pain()
            throws Exception {
        // The diary has a check-in on each of 2-31 Oct (and a few before): the second half of October against
        // the first has 15 days each; the first half against the 15 days before has only those few.
        String later = report("2026-10-17", "2026-10-31");
        assertThat(later)
                .contains("This period: 15 days recorded", "15 days before: 15 recorded")
                .containsPattern("Daily mean pain [0-9.]+ of 10 on 15 days \\(15 days before: [0-9.]+ on 15\\),"
                        + " worst 6\\.");
        String first = report("2026-10-02", "2026-10-16");
        assertThat(first)
                .contains("15 days before: 3 recorded")
                .containsPattern("on 15 days \\(15 days before: [0-9.]+ on 3\\)");
    }

    private String report(String from, String to) throws Exception {
        return mvc.perform(post("/report")
                        .session(ann)
                        .with(csrf())
                        .param("from", from)
                        .param("to", to))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void bad_input_comes_back_next_to_its_field_with_what_was_typed() throws Exception {
        String longNote = "n".repeat(ReportRequest.NOTE_CHARACTERS + 1);
        MockHttpServletResponse response = mvc.perform(post("/report/pdf")
                        .session(ann)
                        .with(csrf())
                        .param("from", "2026-13-01")
                        .param("to", "2026-11-05")
                        .param("paper", "a3")
                        .param("note", longNote))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).startsWith("text/html");
        String html = response.getContentAsString();
        assertThat(html)
                .contains("id=\"from-error\"")
                .contains("Enter a date as year-month-day, for example 2026-09-01.")
                .contains("The last day cannot be after today.")
                .contains("Choose A4 or US Letter.")
                .contains("The note can be up to 600 characters so the report stays on one page; it has 601.")
                .contains("value=\"2026-13-01\"")
                .contains(longNote);

        MockHttpServletResponse reversed = mvc.perform(post("/report")
                        .session(ann)
                        .with(csrf())
                        .param("from", "2026-10-20")
                        .param("to", "2026-10-10"))
                .andReturn()
                .getResponse();
        assertThat(reversed.getStatus()).isEqualTo(422);
        assertThat(reversed.getContentAsString()).contains("The last day must be on or after the first day.");
    }

    @Test
    void the_fullest_first_page_still_fits_on_one_letter_page() throws Exception {
        // Every section at its fullest: eight medications changing dose, seven strategies, five words, three
        // scores, restless nights, the longest name and note, and all three findings that stand out: evenings
        // worse, worse after short nights, and a flare (days 25 and 26 at 10). These check-ins are recorded earlier
        // than the ones every test starts with, so each day's sleep is theirs (a day's first answer counts).
        Instant made = clock.instant();
        clock.set(made.minusSeconds(3600));
        for (int i = 0; i < 30; i++) {
            List<MedicationUse> medications = new ArrayList<>();
            for (int m = 0; m < 8; m++) {
                medications.add(new MedicationUse(
                        "Medication number " + m,
                        new BigDecimal(i < 10 ? "10" : i < 20 ? "20" : "40"),
                        "mg",
                        null,
                        null));
            }
            List<StrategyUse> strategies = new ArrayList<>();
            for (Strategy strategy : List.of(Strategy.values()).subList(0, 7)) {
                if ((i + strategy.ordinal()) % 3 != 0) {
                    strategies.add(new StrategyUse(strategy, null, null, null, Helped.A_LITTLE));
                }
            }
            List<SitePain> sites = new ArrayList<>();
            for (Descriptor descriptor : List.of(Descriptor.values()).subList(0, 6)) {
                sites.add(new SitePain(
                        new BodySite(Region.values()[descriptor.ordinal()], Side.RIGHT), 5, Set.of(descriptor)));
            }
            diary.record(
                    account,
                    CheckIns.on(FIRST.plusDays(i), i == 25 || i == 26 ? 10 : 3 + i % 5)
                            .at(i % 5 >= 3 ? TimeOfDay.EVENING : TimeOfDay.MORNING)
                            .sites(sites)
                            .sleep(new Sleep(new BigDecimal(i % 5 >= 3 ? "5" : "7"), 4, Set.of(WokeBy.RESTLESS_LEGS)))
                            .fatigue(6)
                            .restlessLegs(new RestlessLegs(4, true, true, true))
                            .strategies(strategies)
                            .medications(medications)
                            .redFlags(EnumSet.allOf(RedFlag.class))
                            .details());
        }
        assessments.restore(account, allYesAcr2016(LocalDate.parse("2026-09-20")));
        // Everything an import can add too: nights, steps with active minutes, and eight items tracked in another
        // app (long names, rated on 8 down to 1 of the days), of which the report has room for five.
        List<HealthMeasures.Night> nights = new ArrayList<>();
        List<HealthMeasures.StepDay> steps = new ArrayList<>();
        List<HealthMeasures.TrackerEntry> tracked = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            BigDecimal asleep = new BigDecimal(i % 2 == 0 ? "420.0" : "300.0");
            nights.add(new HealthMeasures.Night(
                    FIRST.plusDays(i), "Watch", asleep, asleep, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            steps.add(new HealthMeasures.StepDay(FIRST.plusDays(i), "Watch", 4_000 + 200 * i, 20 + i));
        }
        for (int item = 0; item < 8; item++) {
            for (int day = 0; day < 8 - item; day++) {
                tracked.add(HealthMeasures.TrackerEntry.rating(
                        FIRST.plusDays(day), "Symptom number " + item + " with a long name to wrap", day % 5, 4));
            }
        }
        measures.save(account, "csv", "everything.csv", "e".repeat(64), 100, nights, steps, tracked);
        String name = "N".repeat(ReportRequest.NAME_CHARACTERS);
        String note =
                ("My feet burn at night and I cannot sleep. ").repeat(30).substring(0, ReportRequest.NOTE_CHARACTERS);

        clock.set(made);
        byte[] bytes = pdf("letter", name, note);
        Files.write(Files.createDirectories(Path.of("target", "reports")).resolve("report-fullest.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String first = text(document, 1);
            assertThat(first)
                    .contains("Red flags reported")
                    .contains("Leg pain on walking, eased by rest: claudication?")
                    .contains("In my own words")
                    .contains(note.strip().substring(note.strip().length() - 40))
                    // Nine medications; with what other apps brought in and what stands out, the chart keeps one row.
                    .contains("8 more medications: page 2.")
                    .contains("8 items rated in another app: page 2.")
                    .contains(
                            "What stands out",
                            "Worse in the evening: 6.5 vs 4.7",
                            "Nights under 7 h: next day 5.8 vs 4.9 (12 and 18 days).",
                            "1 flare (2+ points over usual), the last 27 Oct 2026.")
                    .doesNotContain("Symptom number");
            assertThat(text(document, 2))
                    .startsWith("Detail tables")
                    .contains("Tracked in another app, each on its own scale")
                    // Item 0 on days 0-7 rated day % 5: 0, 1, 2, 3, 4, 0, 1, 2, a mean of 13 / 8.
                    .contains("Symptom number 0 with a long name to wrap 8 1.6 of 4 0 to 4")
                    .contains("Symptom number 7 with a long name to wrap 1 0.0 of 4 0 to 0");
        }
    }

    @Test
    void sleep_and_steps_brought_in_are_on_page_one_and_week_by_week_apart_from_typed_sleep() throws Exception {
        // 7 hours asleep into the heat days (pain 4), 5 hours into the others (pain 6); 9,000 steps on heat days,
        // 3,000 on the others.
        List<HealthMeasures.Night> nights = new ArrayList<>();
        List<HealthMeasures.StepDay> steps = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            boolean heat = i % 2 == 0;
            BigDecimal asleep = new BigDecimal(heat ? "420.0" : "300.0");
            nights.add(new HealthMeasures.Night(
                    FIRST.plusDays(i), "Fitbit", asleep, asleep, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            // Active minutes on the heat days only: 40 on each.
            steps.add(new HealthMeasures.StepDay(FIRST.plusDays(i), "Fitbit", heat ? 9_000 : 3_000, heat ? 40 : null));
        }
        measures.save(account, "fitbit", "takeout.zip", "c".repeat(64), 1_000, nights, steps);
        // Flaredown's fatigue on three days (1, 2 and 4 of 4), and one before the period, which is not counted.
        measures.save(
                account,
                "flaredown",
                "flaredown.csv",
                "d".repeat(64),
                4,
                List.of(),
                List.of(),
                List.of(
                        HealthMeasures.TrackerEntry.rating(FIRST.minusDays(1), "Fatigue", 4, 4),
                        HealthMeasures.TrackerEntry.rating(FIRST, "Fatigue", 1, 4),
                        HealthMeasures.TrackerEntry.rating(FIRST.plusDays(1), "Fatigue", 2, 4),
                        HealthMeasures.TrackerEntry.rating(FIRST.plusDays(2), "Fatigue", 4, 4)));

        try (PDDocument document = Loader.loadPDF(pdf("a4", null, null))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(text(document, 1))
                    .contains("From other apps: 30 nights, 6.0 h asleep a night.")
                    // Median of 15 fives and 15 sevens is 6; the 15 shorter nights led into the days at 6.
                    .contains("Nights under 6.0 h (median): next day 6.0 vs 4.0 (15 and 15 days).")
                    .contains("30 days of steps, 6,000 a day.")
                    .contains("40 active minutes a day (15 days).")
                    .contains("1 item rated in another app: page 2.");
            assertThat(text(document, 2)).contains("Fatigue 3 2.3 of 4 1 to 4");
            // 2-8 Oct: four nights of 7 hours and three of 5 (43 / 7); 4 × 9,000 + 3 × 3,000 steps over 7 days.
            assertThat(text(document, 2))
                    .contains("Measured sleep (hours)", "Steps a day")
                    .contains("2 Oct 2026 – 8 Oct 2026 7 4.9 6 6.5 6.1 6,429");
        }
    }

    @Test
    void the_latest_check_up_up_to_the_last_day_is_on_the_detail_page() throws Exception {
        MockHttpServletRequestBuilder heel = post("/check-up")
                .session(ann)
                .with(csrf())
                .param("action", "finish")
                .param("where", "heel-left")
                .param("first_step_heel_pain", "yes");
        mvc.perform(heel).andExpect(status().is3xxRedirection());
        // A check-up finished after the period (restored as from an export: the session's clock stays put).
        Instant later = Instant.parse("2026-11-05T10:00:00Z");
        checkUps.restore(
                account,
                new CheckUp(
                        CheckUpId.random(),
                        later,
                        later,
                        later,
                        CheckUpResult.RULE_VERSION,
                        List.of(Mechanism.SLEEP),
                        new CheckUpAnswers(
                                Map.of(
                                        Question.WHERE, List.of("heel-left"),
                                        Question.WOKEN_BY_LEGS, List.of("most_nights")),
                                Map.of(),
                                null)));

        try (PDDocument document = Loader.loadPDF(pdf("a4", null, null))) {
            assertThat(document.getNumberOfPages())
                    .as("the check-up fits on the detail page")
                    .isEqualTo(2);
            String second = text(document, 2);
            assertThat(second)
                    .contains("Day-one check-up of 31 Oct 2026")
                    .contains("Heel pain when you are on your feet in the morning")
                    .as("the check-up after the period's last day is not this report's")
                    .doesNotContain("Nights broken by your legs");
        }
    }

    @Test
    void another_person_gets_only_their_own_report() throws Exception {
        MockHttpSession bob = new People(mvc).signUp(People.uniqueEmail("bob"));
        String html = mvc.perform(post("/report")
                        .session(bob)
                        .with(csrf())
                        .param("from", FIRST.toString())
                        .param("to", LAST.toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("There are no check-ins in this period")
                .doesNotContain("left sole and arch")
                .doesNotContain("distress score")
                .doesNotContain("54.5");
    }

    @Test
    void a_period_with_only_what_other_apps_brought_in_shows_that_and_says_there_is_no_pain_to_show() throws Exception {
        LocalDate may = LocalDate.parse("2025-05-01");
        measures.save(
                account,
                "flaredown",
                "flaredown.csv",
                "f".repeat(64),
                2,
                List.of(new HealthMeasures.Night(
                        may,
                        "Watch",
                        new BigDecimal("420.0"),
                        new BigDecimal("450.0"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO)),
                List.of(),
                List.of(
                        HealthMeasures.TrackerEntry.rating(may, "Fatigue", 3, 4),
                        HealthMeasures.TrackerEntry.rating(may.plusDays(1), "Fatigue", 1, 4)));
        byte[] bytes = a4Pdf("2025-05-01", "2025-05-31");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("There are no check-ins in this period, so there is no leg and foot pain to show")
                    .contains("From other apps: 1 night, 7.0 h asleep a night.")
                    .contains("Fatigue 2 2.0 of 4 1 to 3")
                    .doesNotContain("Check-ins on 0")
                    .doesNotContain("page 2");
        }
        String page = mvc.perform(get("/report?from=2025-05-01&to=2025-05-31").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).as("the page shows the same").contains("Brought in from other apps", "2.0 of 4");
    }

    @Test
    void an_empty_period_says_so_instead_of_drawing_empty_charts() throws Exception {
        byte[] bytes = a4Pdf("2025-01-01", "2025-01-31");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("1 Jan 2025 to 31 Jan 2025 (31 days)")
                    .contains("There are no check-ins in this period")
                    .doesNotContain("Check-ins on 0")
                    .doesNotContain("Where it hurt");
        }
    }

    /** Ann's A4 PDF for another period than the thirty days set up. */
    private byte[] a4Pdf(String from, String to) throws Exception {
        return mvc.perform(post("/report/pdf")
                        .session(ann)
                        .with(csrf())
                        .header("Accept-Language", "en-GB")
                        .param("from", from)
                        .param("to", to)
                        .param("paper", "a4"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
