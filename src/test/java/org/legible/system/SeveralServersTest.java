package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
}
