package org.legible.importers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.importers.ImportJobs;
import org.legible.importers.StagedFiles;
import org.legible.importers.StagedFilesIn;
import org.legible.support.MutableClock;
import org.legible.support.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploads waiting in the (possibly shared) upload directory, on both databases: a kept-aside file belongs to one
 * person, is taken for an import once, and goes after two hours; an import whose server went quiet is interrupted and
 * its file deleted; a file nothing names goes once nobody has written to it for an hour, or at once when this server
 * is the only one.
 */
class UploadSweepTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

    private record Parts(
            StagedFiles files,
            KeptAsideService kept,
            ImportJobsService jobs,
            ImportJobRepository jobRows,
            UploadSweep sweep,
            AccountId ann,
            Path dir) {}

    private Parts parts(TestDatabases.Kind kind) throws IOException {
        DataSource db = TestDatabases.migrated(kind);
        JdbcClient jdbc = JdbcClient.create(db);
        Path dir = Files.createTempDirectory("legible-uploads");
        StagedFiles files = StagedFilesIn.directory(dir);
        StagedUploadRepository staged = new StagedUploadRepository(jdbc);
        ImportJobRepository jobRows = new ImportJobRepository(jdbc);
        KeptAsideService kept = new KeptAsideService(staged, files, clock);
        ImportJobsService jobs = new ImportJobsService(jobRows, files, clock);
        UploadSweep sweep = new UploadSweep(jobs, kept, staged, jobRows, files, db, clock);
        return new Parts(files, kept, jobs, jobRows, sweep, TestDatabases.account(jdbc, "ann@example.org"), dir);
    }

    private Path upload(Parts parts, String name) throws IOException {
        Path file = parts.dir().resolve(parts.ann().value() + "-" + name + ".upload");
        Files.writeString(file, "date,pain\n2026-11-20,4\n");
        return file;
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_kept_aside_file_is_the_persons_is_taken_once_and_goes_after_two_hours(TestDatabases.Kind kind)
            throws IOException {
        Parts parts = parts(kind);
        Path old = upload(parts, "old");
        String oldId = parts.kept().stage(parts.ann(), "old.csv", old);
        clock.advance(Duration.ofMinutes(90));
        Path fresh = upload(parts, "fresh");
        String freshId = parts.kept().stage(parts.ann(), "fresh.csv", fresh);
        clock.advance(Duration.ofMinutes(31));

        parts.sweep().sweep(false);

        assertThat(old).doesNotExist();
        assertThat(parts.kept().staged(parts.ann(), oldId)).isEmpty();
        assertThat(fresh).exists();
        assertThat(parts.kept().staged(parts.ann(), freshId))
                .hasValueSatisfying(f -> assertThat(f.file()).isEqualTo(fresh.toAbsolutePath()));
        assertThat(parts.kept().staged(new AccountId("22222222-2222-2222-2222-222222222222"), freshId))
                .as("another person's id finds nothing")
                .isEmpty();
        assertThat(parts.kept().take(parts.ann(), freshId)).isPresent();
        assertThat(parts.kept().take(parts.ann(), freshId))
                .as("a second import of the same file, from this server or another")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_file_nothing_names_goes_once_untouched_for_an_hour_or_at_start_up_on_sqlite(TestDatabases.Kind kind)
            throws IOException {
        Parts parts = parts(kind);
        Path leftOver = upload(parts, "left-over");
        Path beingWritten = upload(parts, "being-written");
        Path part = Files.writeString(parts.files().incoming().resolve("upload_part.tmp"), "part");
        Path named = upload(parts, "named");
        parts.kept().stage(parts.ann(), "named.csv", named);
        FileTime longAgo = FileTime.from(clock.instant().minus(Duration.ofMinutes(61)));
        Files.setLastModifiedTime(leftOver, longAgo);
        Files.setLastModifiedTime(named, longAgo);
        Files.setLastModifiedTime(beingWritten, FileTime.from(clock.instant().minus(Duration.ofMinutes(5))));
        Files.setLastModifiedTime(part, FileTime.from(clock.instant().minus(Duration.ofMinutes(5))));

        parts.sweep().sweep(false);

        assertThat(leftOver).doesNotExist();
        assertThat(beingWritten).as("another server may still be writing it").exists();
        assertThat(part).exists();
        assertThat(named).exists();

        parts.sweep().atStart();

        boolean alone = kind == TestDatabases.Kind.SQLITE;
        assertThat(Files.exists(beingWritten))
                .as("at start-up on SQLite nobody else can be writing it")
                .isEqualTo(!alone);
        assertThat(Files.exists(part)).isEqualTo(!alone);
        assertThat(named).as("a kept-aside file waits its two hours").exists();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void an_import_whose_server_went_quiet_is_interrupted_and_its_file_deleted(TestDatabases.Kind kind)
            throws IOException {
        Parts parts = parts(kind);
        Path file = upload(parts, "export");
        // Started by a server that then stopped: nobody renews its heartbeat.
        String id = "33333333-3333-3333-3333-333333333333";
        parts.jobRows().insert(id, parts.ann(), "export.csv", parts.files().storedAs(file), clock.instant(), 24);
        assertThat(parts.jobs().unfinished(parts.ann())).hasSize(1);
        parts.sweep().sweep(false);
        assertThat(file).as("not yet silent for long").exists();

        clock.advance(ImportJobsService.SILENT.plusSeconds(1));

        assertThat(parts.jobs().progress(parts.ann(), id)).hasValueSatisfying(job -> {
            assertThat(job.state()).isEqualTo(ImportJobs.State.FAILED);
            assertThat(job.error()).isEqualTo(ImportJobs.INTERRUPTED);
        });
        assertThat(parts.jobs().unfinished(parts.ann())).isEmpty();
        parts.sweep().sweep(false);
        assertThat(file).doesNotExist();
    }
}
