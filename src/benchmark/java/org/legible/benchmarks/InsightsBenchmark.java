package org.legible.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.legible.LegibleApplication;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Registration;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.RestlessLegs;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.Sleep;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.Diary;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.insights.Insights;
import org.legible.insights.PeriodInsights;
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
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The patterns page for one person with ten years of history: three check-ins a day, four sites each, sleep,
 * restless legs and a strategy (10,950 check-ins). Measures the figures alone ({@code Insights.period}) and the
 * whole page over HTTP as a signed-in browser gets it, for 90 days and for a custom year. Legible runs in-process on
 * a fresh SQLite file; see docs/benchmarks.md for the command and results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InsightsBenchmark {

    static final int YEARS = 10;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String EMAIL = "bench@example.org";
    private static final String PASSPHRASE = "slow walks by the river";

    private ConfigurableApplicationContext context;
    private Insights insights;
    private AccountId account;
    private LocalDate today;
    private HttpClient browser;
    private String base;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("legible-insights-bench");
        context = new SpringApplicationBuilder(LegibleApplication.class)
                .run("--legible.data-dir=" + dir, "--server.port=0", "--logging.level.root=WARN");
        try {
            seed();
            signIn();
        } catch (RuntimeException | IOException | InterruptedException e) {
            context.close(); // otherwise Tomcat's threads keep the forked JVM alive
            throw e;
        }
    }

    private void seed() {
        Accounts accounts = context.getBean(Accounts.class);
        account = ((Registration.Registered) accounts.register(EMAIL, PASSPHRASE, ZoneId.of("Europe/London"), null))
                .accountId();
        Diary diary = context.getBean(Diary.class);
        today = diary.today(account);
        int days = YEARS * 365;
        for (int day = days - 1; day >= 0; day--) {
            for (int checkIn = 0; checkIn < 3; checkIn++) {
                diary.record(account, checkIn(today.minusDays(day), day, checkIn));
            }
        }
        insights = context.getBean(Insights.class);
    }

    private void signIn() throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        base = "http://127.0.0.1:" + port;
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = get("/login");
        Matcher token = CSRF.matcher(loginPage);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSPHRASE, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (!get("/insights?days=90").contains("Your patterns")) {
            throw new IllegalStateException("not signed in: the patterns page did not open");
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static CheckInDetails checkIn(LocalDate day, int n, int checkIn) {
        TimeOfDay time = TimeOfDay.values()[checkIn];
        List<SitePain> sites = List.of(
                new SitePain(new BodySite(Region.SOLE, Side.LEFT), 3 + n % 5, Set.of(Descriptor.BURNING)),
                new SitePain(new BodySite(Region.SOLE, Side.RIGHT), 2 + n % 6, Set.of(Descriptor.TINGLING)),
                new SitePain(new BodySite(Region.CALF, Side.LEFT), 1 + n % 4, Set.of(Descriptor.CRAMPING)),
                new SitePain(new BodySite(Region.THIGH_FRONT, Side.RIGHT), 4, Set.of(Descriptor.ACHING)));
        return new CheckInDetails(
                day,
                3 + (n + checkIn) % 6,
                time,
                Set.of(PainContext.values()[(n + checkIn) % PainContext.values().length]),
                sites,
                checkIn == 0 ? new Sleep(new BigDecimal(n % 4 == 0 ? "5" : "7"), 3 + n % 5, Set.of()) : null,
                5,
                checkIn == 2 ? new RestlessLegs(n % 7, true, n % 3 == 0, n % 2 == 0) : null,
                n % 3 == 0 ? List.of(new StrategyUse(Strategy.HEAT, null, null, 20, Helped.A_LITTLE)) : List.of(),
                List.of(),
                List.of(),
                null);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** The figures of the last 90 days: one query (90 + 90 days + the day after), the folds and the rules. */
    @Benchmark
    public PeriodInsights figures90Days() {
        return insights.period(account, today.minusDays(89), today);
    }

    /** What the browser waits for: the whole patterns page for the last 90 days, over HTTP, signed in. */
    @Benchmark
    public int page90Days() throws IOException, InterruptedException {
        return get("/insights?days=90").length();
    }

    /** A custom year (365 days and the 365 before it loaded): the largest common choice. */
    @Benchmark
    public int pageOneYear() throws IOException, InterruptedException {
        return get("/insights?from=" + today.minusDays(364) + "&to=" + today).length();
    }
}
