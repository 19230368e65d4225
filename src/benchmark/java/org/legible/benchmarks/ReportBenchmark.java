package org.legible.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.legible.LegibleApplication;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Registration;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.RestlessLegs;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.Sleep;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.Diary;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.reports.ClinicianReport;
import org.legible.reports.ClinicianReports;
import org.legible.reports.Paper;
import org.legible.reports.ReportRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The 90-day clinician report for one person with three check-ins a day, four sites each, strategies and a
 * medication: assembling the figures (one query for the period, the one before and the day after) and rendering
 * the PDF. Legible runs in-process on a fresh SQLite file; see docs/benchmarks.md for the command and results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportBenchmark {

    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);

    private ConfigurableApplicationContext context;
    private ClinicianReports reports;
    private AccountId account;
    private ReportRequest request;
    private ClinicianReport report;

    @Setup(Level.Trial)
    public void start() throws IOException {
        Path dir = Files.createTempDirectory("legible-report-bench");
        // Command-line arguments, because they outrank application.properties (default properties do not).
        context = new SpringApplicationBuilder(LegibleApplication.class)
                .run("--legible.data-dir=" + dir, "--server.port=0", "--logging.level.root=WARN");
        try {
            seed();
        } catch (RuntimeException e) {
            context.close(); // otherwise Tomcat's threads keep the forked JVM alive
            throw e;
        }
    }

    private void seed() {
        Accounts accounts = context.getBean(Accounts.class);
        account = ((Registration.Registered) accounts.register(
                        "bench@example.org", "slow walks by the river", ZoneId.of("Europe/London"), null))
                .accountId();
        Diary diary = context.getBean(Diary.class);
        // 180 days: the 90 of the report and the 90 before it, which the heat map compares against.
        for (int day = 0; day < 180; day++) {
            for (int checkIn = 0; checkIn < 3; checkIn++) {
                diary.record(account, checkIn(LAST.minusDays(day), day, checkIn));
            }
        }
        reports = context.getBean(ClinicianReports.class);
        request = new ReportRequest(LAST.minusDays(89), LAST, Paper.A4, "Sam", "Evenings are the worst.");
        report = reports.report(account, request);
    }

    private static CheckInDetails checkIn(LocalDate day, int n, int checkIn) {
        List<SitePain> sites = List.of(
                new SitePain(new BodySite(Region.SOLE, Side.LEFT), 3 + n % 5, Set.of(Descriptor.BURNING)),
                new SitePain(new BodySite(Region.SOLE, Side.RIGHT), 2 + n % 6, Set.of(Descriptor.TINGLING)),
                new SitePain(new BodySite(Region.CALF, Side.LEFT), 1 + n % 4, Set.of(Descriptor.CRAMPING)),
                new SitePain(new BodySite(Region.HEEL, Side.RIGHT), 4, Set.of(Descriptor.ACHING)));
        return new CheckInDetails(
                day,
                3 + (n + checkIn) % 6,
                null,
                Set.of(),
                sites,
                checkIn == 0 ? new Sleep(new BigDecimal("6.5"), 5, Set.of()) : null,
                5,
                checkIn == 2 ? new RestlessLegs(n % 7, true, true, n % 2 == 0) : null,
                n % 3 == 0 ? List.of(new StrategyUse(Strategy.HEAT, null, null, 20, Helped.A_LITTLE)) : List.of(),
                List.of(new MedicationUse("Amitriptyline", new BigDecimal(n < 60 ? "10" : "20"), "mg", null, null)),
                List.of(),
                null);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** The figures: the period's check-ins read and folded, scores, charts' geometry. */
    @Benchmark
    public ClinicianReport assemble() {
        return reports.report(account, request);
    }

    /** The PDF from figures already assembled: template, DOM, layout, fonts, SVG. */
    @Benchmark
    public int renderPdf() throws IOException {
        return reports.pdf(report, Locale.UK).length;
    }

    /** What a person waits for after pressing "Download PDF". */
    @Benchmark
    public int assembleAndRenderPdf() throws IOException {
        return reports.pdf(reports.report(account, request), Locale.UK).length;
    }
}
