package org.legible;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legible.support.Fixtures;
import org.legible.support.HttpVisitor;
import org.legible.support.PackagedJar;

/**
 * The packaged jar's commands as a self-hoster runs them ({@code java -jar legible.jar demo|import|admin …}): each
 * does its work on the data directory and exits, without a web server, and the server started afterwards serves
 * what they wrote: pages, the report's PDF and the FHIR Bundle (so the jar carries what each needs). An import
 * also runs while the server does, on the same SQLite database.
 */
class CommandsIT {

    @TempDir
    Path dir;

    @Test
    void demo_import_and_admin_run_without_a_web_server_and_the_server_then_serves_what_they_wrote() throws Exception {
        try (PackagedJar jar = new PackagedJar(dir)) {
            jar.start();
            String token = PackagedJar.token(jar.signUp("ann@example.com"), "read");
            jar.stop();

            PackagedJar.Finished demo = jar.run("demo", "ann@example.com", "--days=30");
            assertThat(demo.exitCode()).as(demo.output()).isZero();
            assertThat(demo.output())
                    .as("no web server started")
                    .doesNotContain("Tomcat", "server.port", "Started LegibleApplication on port");

            String export =
                    Fixtures.path("apple-health/apple-health-parser/export.zip").toString();
            PackagedJar.Finished imported = jar.run("import", "apple-health", export, "--account=ann@example.com");
            assertThat(imported.exitCode()).as(imported.output()).isZero();
            assertThat(imported.output()).contains("Imported 1 nights").doesNotContain("Tomcat");

            PackagedJar.Finished admin = jar.run("admin", "ann@example.com");
            assertThat(admin.exitCode()).as(admin.output()).isZero();
            assertThat(admin.output()).doesNotContain("Tomcat");

            PackagedJar.Finished refused = jar.run("import", "apple-health", "/no/such/export.zip", "--account=x@y.z");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.output()).contains("No account has that e-mail address.");

            jar.start();
            String bundle = jar.get("/api/v1/fhir/Bundle", token).body();
            assertThat(bundle)
                    .as("the demo's check-ins and the imported night, as FHIR from the packaged jar")
                    .contains("\"resourceType\": \"Bundle\"", "72514-3", "device-measured");
            HttpVisitor ann = jar.signIn("ann@example.com");
            assertThat(ann.get("/insights").body())
                    .as("a page drawn by the templates")
                    .contains("<main");
            ann.get("/report");
            // Yesterday in UTC is a past day wherever the server thinks Ann is.
            java.time.LocalDate to =
                    java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
            java.net.http.HttpResponse<String> pdf = ann.post(
                    "/report/pdf", java.util.Map.of("from", to.minusDays(29).toString(), "to", to.toString()));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.body()).as("the clinician report's PDF").startsWith("%PDF-");
            assertThat(ann.get("/admin/backups").statusCode())
                    .as("the admin command made Ann an administrator")
                    .isNotEqualTo(403);

            String another = Fixtures.path("apple-health/opendroid-hk/sampleexport-2.xml")
                    .toString();
            PackagedJar.Finished beside = jar.run("import", "apple-health", another, "--account=ann@example.com");
            assertThat(beside.exitCode())
                    .as("an import from the command line while the server runs: " + beside.output())
                    .isZero();
            assertThat(ann.get("/import/health").body())
                    .as("the running server lists it at once")
                    .contains("sampleexport-2.xml", "export.zip");
        }
    }
}
