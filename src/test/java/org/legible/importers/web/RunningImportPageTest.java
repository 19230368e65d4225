package org.legible.importers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.importers.FileImporter;
import org.legible.importers.ImportJobs;
import org.legible.importers.StagedFiles;
import org.legible.support.HealthImportJobs;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the person sees while an import is still going: the progress page with its bar and how far it is, the JSON
 * the page's script polls, a second import waiting its turn, and both listed on the import page. The importer is held
 * on a latch so the running state is there to be seen, then let go.
 */
@LegibleTest
class RunningImportPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    Accounts accounts;

    @Autowired
    StagedFiles staged;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("\\s+", " ");
    }

    @Test
    void a_running_import_shows_how_far_it_is_and_the_next_one_waits_its_turn() throws Exception {
        String email = People.uniqueEmail("dee");
        MockHttpSession dee = new People(mvc).signUp(email);
        AccountId account = accounts.findByEmail(email).orElseThrow();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        FileImporter held = (who, name, in, found) -> {
            in.readNBytes(1 << 20); // the first MiB of two
            found.accept(1234);
            reading.countDown();
            try {
                letGo.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new org.legible.importers.files.UnreadableExport("xml.broken", 7);
        };
        Path first = Files.write(staged.directory().resolve(account.value() + "-running.upload"), new byte[2 << 20]);
        Path second = Files.write(staged.directory().resolve(account.value() + "-waiting.upload"), new byte[3 << 20]);
        String running = "/import/health/jobs/" + jobs.start(account, "first.zip", first, held);
        String waiting;
        try {
            assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
            waiting = "/import/health/jobs/" + jobs.start(account, "second.zip", second, held);

            assertThat(page(dee, running))
                    .contains("<progress id=\"import-progress\" max=\"100\" value=\"50\">50%</progress>")
                    .contains("1.0 MB of 2.0 MB read. 1,234 sleep and step records found so far.")
                    .contains("You can leave this page: the import goes on.");
            assertThat(page(dee, running + "/progress"))
                    .contains("\"finished\":false", "\"percent\":50", "\"state\":\"READING\"");
            assertThat(page(dee, waiting)).contains("Waiting for another import to finish. 3.0 MB to read.");
            assertThat(page(dee, "/import/health"))
                    .contains("first.zip: 50% read.", "second.zip: 0% read.", "See how far it is");
        } finally {
            letGo.countDown();
        }
        assertThat(HealthImportJobs.finishedJobPage(mvc, dee, running)).contains("It stopped at line 7.");
        assertThat(HealthImportJobs.finishedJobPage(mvc, dee, waiting)).contains("It stopped at line 7.");
        assertThat(jobs.unfinished(account)).isEmpty();
        assertThat(first).doesNotExist();
        assertThat(second).doesNotExist();
    }

    @Test
    void an_import_whose_server_stopped_says_so_and_that_nothing_was_saved() throws Exception {
        String email = People.uniqueEmail("fin");
        MockHttpSession fin = new People(mvc).signUp(email);
        AccountId account = accounts.findByEmail(email).orElseThrow();
        // A job another server started and then stopped reading: its heartbeat is long past.
        jdbc.sql("""
                INSERT INTO import_job (id, account_id, file_name, stored_as, started_at, heartbeat_at, state,
                                        bytes_read, total_bytes, records_found)
                VALUES ('44444444-4444-4444-4444-444444444444', :account, 'export.zip', 'gone.upload',
                        '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', 'reading', 1024, 2048, 12)
                """).param("account", account.value()).update();

        assertThat(page(fin, "/import/health/jobs/44444444-4444-4444-4444-444444444444"))
                .contains("The import stopped because the server it was running on stopped. Nothing was saved.");
        assertThat(page(fin, "/import/health")).doesNotContain("export.zip: 50% read.");
    }
}
