package org.legible.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * People signing up, saving check-ins and opening their history against a running Legible (started with
 * LEGIBLE_SIGNUP=open). Each person: sign up (one Argon2id hash), then 10 × (open the check-in page, save a
 * check-in with two sites, open history). Bounded: a fixed arrival rate for a fixed time, loopback only.
 *
 * <p>-Dlegible.baseUrl (default http://127.0.0.1:8080), -Dlegible.usersPerSecond (default 6),
 * -Dlegible.seconds (default 60).
 */
public class CheckInSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("legible.baseUrl", "http://127.0.0.1:8080");
    private static final double USERS_PER_SECOND = Double.parseDouble(System.getProperty("legible.usersPerSecond", "6"));
    private static final int SECONDS = Integer.getInteger("legible.seconds", 60);
    private static final String PASSPHRASE = "benchmark walks by the river";

    private static final Iterator<Map<String, Object>> PEOPLE = Stream.generate(
                    () -> Map.<String, Object>of("email", "bench-" + UUID.randomUUID() + "@example.com"))
            .iterator();

    /** Index of a site in the form, as the check-in page renders them (catalogue order). */
    private static final int LEFT_HEEL = 22;
    private static final int RIGHT_CALF = 15;

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .disableFollowRedirect()
            .acceptHeader("text/html")
            .acceptEncodingHeader("gzip, deflate")
            .contentTypeHeader("application/x-www-form-urlencoded");

    private final ScenarioBuilder people = scenario("sign up, check in, read history")
            .feed(PEOPLE)
            .exec(http("sign-up page")
                    .get("/signup")
                    .check(status().is(200))
                    .check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("sign up")
                    .post("/signup")
                    .formParam("_csrf", "#{csrf}")
                    .formParam("email", "#{email}")
                    .formParam("passphrase", PASSPHRASE)
                    .formParam("passphraseConfirm", PASSPHRASE)
                    .formParam("timeZone", "Europe/London")
                    .check(status().is(302)))
            .exec(repeat(10)
                    .on(http("check-in page")
                                    .get("/check-ins/new")
                                    .check(status().is(200))
                                    .check(regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf")),
                            http("save check-in")
                                    .post("/check-ins")
                                    .body(StringBody(session -> checkInForm(session.getString("csrf"))))
                                    .check(status().is(302)),
                            http("history").get("/history").check(status().is(200))));

    private static String checkInForm(String csrf) {
        StringBuilder form = new StringBuilder("_csrf=").append(csrf);
        form.append("&sites%5B").append(LEFT_HEEL).append("%5D.code=heel-left");
        form.append("&sites%5B").append(LEFT_HEEL).append("%5D.selected=on");
        form.append("&sites%5B").append(LEFT_HEEL).append("%5D.intensity=7");
        form.append("&sites%5B").append(LEFT_HEEL).append("%5D.descriptors=burning");
        form.append("&sites%5B").append(RIGHT_CALF).append("%5D.code=calf-right");
        form.append("&sites%5B").append(RIGHT_CALF).append("%5D.selected=on");
        form.append("&sites%5B").append(RIGHT_CALF).append("%5D.intensity=4");
        form.append("&overallPain=6&sleepHours=6.5&strategies%5B0%5D.code=stretching&strategies%5B0%5D.used=on");
        return form.toString();
    }

    {
        setUp(people.injectOpen(nothingFor(Duration.ofSeconds(1)), constantUsersPerSec(USERS_PER_SECOND)
                                .during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SECONDS + 120L))
                .assertions(
                        global().failedRequests().count().is(0L),
                        // Issue 2's target: p99 under 100 ms for all requests. Each kind is held to the same, which
                        // is stricter: the sign-up (one Argon2id hash) misses it in some runs (docs/benchmarks.md).
                        global().responseTime().percentile(99.0).lt(100),
                        details("sign-up page").responseTime().percentile(99.0).lt(100),
                        details("sign up").responseTime().percentile(99.0).lt(100),
                        details("check-in page").responseTime().percentile(99.0).lt(100),
                        details("save check-in").responseTime().percentile(99.0).lt(100),
                        details("history").responseTime().percentile(99.0).lt(100));
    }
}
