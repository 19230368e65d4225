package org.legible.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legible.LegibleApplication;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.interop.json.JsonExport;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Backups from Legible itself: the administrator's download, and the restore command that checks before it replaces. */
@LegibleTest
class BackupsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonExport export;

    @Autowired
    javax.sql.DataSource dataSource;

    @TempDir
    Path dir;

    @Test
    void only_the_administrator_sees_the_backups_and_anyone_else_finds_nothing() throws Exception {
        MockHttpSession bob = new People(mvc).signUp(People.uniqueEmail("bob"));
        mvc.perform(get("/admin/backups").session(bob)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/backups/download").session(bob)).andExpect(status().isNotFound());
    }

    @Test
    void a_backup_downloaded_while_running_restores_to_the_same_full_export() throws Exception {
        People people = new People(mvc);
        String email = People.uniqueEmail("keeper");
        MockHttpSession keeper = people.signUp(email);
        AccountId account = accounts.findByEmail(email).orElseThrow();
        accounts.makeAdministrator(account);
        people.recordHeelAndCalf(keeper);
        assertThat(mvc.perform(get("/admin/backups/download").session(keeper))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("a backup holds everyone's diary: a passphrase alone does not give it out")
                .isEqualTo("/account/sign-in/stronger?why=backups&next=/admin/backups");
        keeper = people.signInStrongly(keeper, email, java.time.Instant.now());
        assertThat(mvc.perform(get("/admin/backups").session(keeper))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Download a backup now", "None are scheduled.");

        MockHttpServletResponse download = mvc.perform(
                        get("/admin/backups/download").session(keeper))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(download.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"legible-backup-.*\\.db\"");
        byte[] backup = download.getContentAsByteArray();
        assertThat(new String(backup, 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
        Path file = Files.write(dir.resolve("backup.db"), backup);
        String before = fullExport(export, account);

        // The wipe: a data directory whose database is gone (here, replaced by something that is not one).
        Path restored = dir.resolve("data");
        Files.createDirectories(restored);
        Files.writeString(restored.resolve("legible.db"), "what was here before");
        Path aside = RestoreCommand.restore(file, restored, java.time.Clock.systemUTC());

        assertThat(Files.readString(aside)).isEqualTo("what was here before");
        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(LegibleApplication.class)
                .profiles("test")
                .run("--legible.data-dir=" + restored, "--server.port=0")) {
            assertThat(fullExport(again.getBean(JsonExport.class), account)).isEqualTo(before);
        }
    }

    @Test
    void scheduled_backups_keep_the_newest_and_delete_older_ones() throws Exception {
        Path into = dir.resolve("backups");
        java.time.Instant first = java.time.Instant.parse("2026-12-01T03:00:00Z");
        for (int day = 0; day < 3; day++) {
            Backups onThatDay = new Backups(
                    dataSource,
                    java.time.Clock.fixed(first.plus(java.time.Duration.ofDays(day)), java.time.ZoneOffset.UTC));
            new ScheduledBackups(onThatDay, into.toString(), java.time.Duration.ofDays(1), 2).take();
        }

        try (var files = Files.list(into)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("legible-backup-2026-12-02T030000Z.db", "legible-backup-2026-12-03T030000Z.db");
        }
    }

    @Test
    void a_file_that_is_not_a_sound_legible_backup_replaces_nothing() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("legible.db"), "the current database");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a database at all");
        Path truncated = dir.resolve("truncated.db");
        Files.write(truncated, "SQLite format 3\u0000".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> RestoreCommand.restore(text, data, java.time.Clock.systemUTC()))
                .isInstanceOf(RestoreCommand.Refused.class);
        assertThatThrownBy(() -> RestoreCommand.restore(truncated, data, java.time.Clock.systemUTC()))
                .isInstanceOf(RestoreCommand.Refused.class);
        assertThatThrownBy(() -> RestoreCommand.restore(dir.resolve("missing.db"), data, java.time.Clock.systemUTC()))
                .isInstanceOf(RestoreCommand.Refused.class)
                .hasMessageContaining("is not a file that can be read");
        assertThat(Files.readString(data.resolve("legible.db"))).isEqualTo("the current database");
        try (var left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("legible.db");
        }
    }

    /** The person's whole JSON export, without the moment it was made. */
    private static String fullExport(JsonExport export, AccountId account) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(account, out);
        return out.toString(StandardCharsets.UTF_8).replaceAll("\"exportedAt\"\\s*:\\s*\"[^\"]*\"", "");
    }
}
