package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legible.LegibleApplication;
import org.legible.bodymap.BodySite;
import org.legible.support.HttpVisitor;
import org.legible.support.People;
import org.legible.support.TestDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Legible servers on one embedded PostgreSQL, sharing one upload directory, as behind a load balancer (README,
 * "Running several servers"): whatever a person does on one, the other sees.
 */
class SeveralServersTest {

    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;

    @BeforeAll
    static void start() throws Exception {
        String database = TestDatabases.postgresUrl();
        Path uploads = Files.createTempDirectory("legible-shared-uploads");
        one = server(database, uploads);
        two = server(database, uploads);
    }

    @AfterAll
    static void stop() {
        two.close();
        one.close();
    }

    private static ConfigurableApplicationContext server(String database, Path uploads) {
        return new SpringApplicationBuilder(LegibleApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--legible.database-url=" + database,
                        "--legible.database-user=postgres",
                        "--legible.uploads.directory=" + uploads,
                        "--legible.login.address-failures=100000");
    }

    private static int port(ConfigurableApplicationContext server) {
        return server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** The same browser (one cookie jar) sent to either server, as a load balancer without sticky sessions would. */
    private static final class Browser {
        final HttpVisitor onOne = new HttpVisitor(port(one));
        final HttpVisitor onTwo = new HttpVisitor(port(two));
        HttpVisitor last = onOne;

        HttpVisitor on(ConfigurableApplicationContext server) {
            HttpVisitor to = server == one ? onOne : onTwo;
            to.cookie = last.cookie;
            to.csrf = last.csrf;
            last = to;
            return to;
        }
    }

    private static Browser signedUp(String email) throws Exception {
        Browser browser = new Browser();
        HttpVisitor visitor = browser.on(one);
        visitor.get("/signup");
        HttpResponse<String> signedUp = visitor.post(
                "/signup",
                Map.of(
                        "email",
                        email,
                        "passphrase",
                        People.PASSPHRASE,
                        "passphraseConfirm",
                        People.PASSPHRASE,
                        "timeZone",
                        "Europe/London"));
        assertThat(signedUp.statusCode()).isEqualTo(302);
        return browser;
    }

    /** A file sent as the upload form sends it, with the page's CSRF token. */
    private static HttpResponse<String> upload(
            HttpVisitor visitor, String path, String field, String fileName, String content) throws Exception {
        String boundary = "legible-several-servers";
        return visitor.send(visitor.request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + visitor.csrf
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary
                        + "--\r\n")));
    }

    private static Map<String, String> heelCheckIn(int intensity) {
        Map<String, String> form = new LinkedHashMap<>();
        List<BodySite> sites = BodySite.all();
        for (int i = 0; i < sites.size(); i++) {
            form.put("sites[" + i + "].code", sites.get(i).code());
        }
        int heel = People.siteIndex("heel-left");
        form.put("sites[" + heel + "].selected", "on");
        form.put("sites[" + heel + "].intensity", Integer.toString(intensity));
        form.put("overallPain", "6");
        return form;
    }

    @Test
    void both_servers_tell_a_monitor_they_are_up_while_postgresql_answers() throws Exception {
        for (ConfigurableApplicationContext server : List.of(one, two)) {
            HttpResponse<String> health = new HttpVisitor(port(server)).get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void a_person_signed_in_on_one_server_carries_on_on_the_other_on_postgresql() throws Exception {
        assertThat(JdbcClient.create(one.getBean(javax.sql.DataSource.class))
                        .sql("SELECT version()")
                        .query(String.class)
                        .single())
                .startsWith("PostgreSQL");
        Browser browser = signedUp(People.uniqueEmail("two-servers"));

        browser.on(two).get("/check-ins/new");
        HttpResponse<String> saved = browser.on(two).post("/check-ins", heelCheckIn(7));
        assertThat(saved.statusCode()).isEqualTo(302);

        String history = browser.on(one).get("/history").body();
        Matcher link = Pattern.compile("href=\"(/check-ins/[0-9a-f-]{36})\"").matcher(history);
        assertThat(link.find()).as("the check-in saved on the other server").isTrue();
        String detail = browser.on(two).get(link.group(1)).body();
        assertThat(detail).contains("left heel", "6 / 10");
    }

    @Test
    void signing_out_on_one_server_signs_out_on_both() throws Exception {
        Browser browser = signedUp(People.uniqueEmail("sign-out"));
        browser.on(two).get("/history");

        browser.on(two).post("/logout", Map.of());

        HttpResponse<String> after = browser.on(one).get("/history");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void a_new_passphrase_chosen_on_one_server_ends_the_other_sessions_on_both() throws Exception {
        String email = People.uniqueEmail("passphrase");
        Browser here = signedUp(email);
        HttpVisitor elsewhere = new HttpVisitor(port(two));
        assertThat(elsewhere.signIn(email, People.PASSPHRASE).statusCode()).isEqualTo(302);
        assertThat(elsewhere.get("/history").statusCode()).isEqualTo(200);

        here.on(one).get("/account");
        HttpResponse<String> changed = here.on(one)
                .post(
                        "/account/passphrase",
                        Map.of(
                                "current", People.PASSPHRASE,
                                "replacement", "a wholly new passphrase for two servers",
                                "replacementConfirm", "a wholly new passphrase for two servers"));
        assertThat(changed.statusCode()).isEqualTo(302);

        assertThat(here.on(two).get("/history").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/history").statusCode()).isEqualTo(302);
    }

    @Test
    void deleting_the_account_on_one_server_ends_its_sessions_on_both_and_leaves_no_session_row() throws Exception {
        String email = People.uniqueEmail("delete");
        Browser here = signedUp(email);
        HttpVisitor elsewhere = new HttpVisitor(port(two));
        assertThat(elsewhere.signIn(email, People.PASSPHRASE).statusCode()).isEqualTo(302);

        here.on(one).get("/account/delete");
        HttpResponse<String> deleted =
                here.on(one).post("/account/delete", Map.of("passphrase", People.PASSPHRASE, "confirm", "DELETE"));
        assertThat(deleted.statusCode()).isEqualTo(302);

        assertThat(elsewhere.get("/history").statusCode()).isEqualTo(302);
        assertThat(JdbcClient.create(two.getBean(javax.sql.DataSource.class))
                        .sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :email")
                        .param("email", email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void a_file_kept_aside_on_one_server_is_imported_once_by_the_other() throws Exception {
        Browser browser = signedUp(People.uniqueEmail("upload"));
        HttpVisitor onOne = browser.on(one);
        onOne.get("/import/health");
        HttpResponse<String> kept =
                upload(onOne, "/import/health/csv", "csvFile", "steps.csv", "day,steps\n2026-11-01,4321\n");
        assertThat(kept.statusCode()).isEqualTo(302);
        String mapping = kept.headers().firstValue("Location").orElseThrow();
        assertThat(mapping).contains("/import/health/csv/");
        String path = java.net.URI.create(mapping).getPath();
        Map<String, String> importIt =
                Map.of("action", "import", "dateColumn", "0", "dateFormat", "ISO", "stepsColumn", "1");

        assertThat(browser.on(two).get(path).body()).contains("steps.csv");
        HttpResponse<String> imported = browser.on(two).post(path, importIt);
        HttpResponse<String> again = browser.on(one).post(path, importIt);

        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(again.statusCode())
                .as("the file was taken by the first import")
                .isEqualTo(404);
        String job = java.net
                .URI
                .create(imported.headers().firstValue("Location").orElseThrow())
                .getPath();
        String finished = "";
        for (int i = 0; i < 300 && !finished.contains("\"finished\":true"); i++) {
            Thread.sleep(100);
            finished = browser.on(one).get(job + "/progress").body();
        }
        assertThat(finished).contains("\"state\":\"DONE\"");
        assertThat(browser.on(one).get(job).body()).contains("1 day of steps");
    }

    @Test
    void wrong_passphrases_count_together_on_both_servers() throws Exception {
        String email = People.uniqueEmail("guessed");
        signedUp(email);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong =
                    new HttpVisitor(port(i % 2 == 0 ? one : two)).signIn(email, "a wrong passphrase " + i);
            assertThat(wrong.statusCode()).isEqualTo(302);
        }

        HttpResponse<String> right = new HttpVisitor(port(two)).signIn(email, People.PASSPHRASE);

        assertThat(right.statusCode())
                .as("five wrong tries, three on one server and two on the other, lock the account")
                .isEqualTo(429);
    }

    @Test
    void a_signed_in_person_may_send_a_large_upload_whichever_server_has_the_request() throws Exception {
        Browser browser = signedUp(People.uniqueEmail("large"));
        HttpVisitor onTwo = browser.on(two);
        onTwo.get("/import/health");
        HttpResponse<String> accepted = upload(
                onTwo, "/import/health", "file", "export.xml", "<HealthData>" + " ".repeat(3 << 20) + "</HealthData>");

        assertThat(accepted.statusCode())
                .as("more than the 1 MB allowed to anyone not signed in")
                .isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/import/health/jobs/"));
    }

    @Test
    void a_scheduled_job_claimed_by_one_server_is_not_run_by_the_other_until_it_is_done() {
        // The same claim every @Scheduled job of the application makes first (ArchitectureTest holds that they do).
        LockConfiguration sweep = new LockConfiguration(
                java.time.Instant.now(), "upload-sweep", java.time.Duration.ofMinutes(10), java.time.Duration.ZERO);

        java.util.Optional<SimpleLock> onOne = one.getBean(LockProvider.class).lock(sweep);
        java.util.Optional<SimpleLock> onTwo = two.getBean(LockProvider.class).lock(sweep);

        assertThat(onOne).isPresent();
        assertThat(onTwo).as("the other server skips this run").isEmpty();
        onOne.get().unlock();
        java.util.Optional<SimpleLock> next = two.getBean(LockProvider.class).lock(sweep);
        assertThat(next).as("the next run may go to either").isPresent();
        next.get().unlock();

        one.getBean(org.legible.backups.ScheduledBackups.class).onSchedule();
        assertThat(JdbcClient.create(one.getBean(javax.sql.DataSource.class))
                        .sql("SELECT locked_by FROM scheduled_lock WHERE name = 'backups'")
                        .query(String.class)
                        .list())
                .as("an application job claims its run in the shared table")
                .hasSize(1);
    }
}
