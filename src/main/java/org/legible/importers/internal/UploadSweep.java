package org.legible.importers.internal;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.legible.importers.StagedFiles;
import org.legible.system.sql.Databases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes uploaded files nothing waits for any more: those of imports whose server stopped, kept-aside files past
 * their time, and files no row names (a copy or a servlet part left by a crash). At start-up on SQLite this server is
 * the only one, so everything unclaimed goes at once; on PostgreSQL the upload directory may be shared with servers
 * still writing, so a file must also have been left untouched for {@link #UNTOUCHED}. Then every quarter hour, on one
 * server at a time.
 */
@Component
class UploadSweep {

    /** A file no row names and nobody has written to for this long is left over. */
    static final Duration UNTOUCHED = Duration.ofHours(1);

    private final ImportJobsService jobs;
    private final KeptAsideService kept;
    private final StagedUploadRepository staged;
    private final ImportJobRepository jobRows;
    private final StagedFiles files;
    private final DataSource dataSource;
    private final Clock clock;

    UploadSweep(
            ImportJobsService jobs,
            KeptAsideService kept,
            StagedUploadRepository staged,
            ImportJobRepository jobRows,
            StagedFiles files,
            DataSource dataSource,
            Clock clock) {
        this.jobs = jobs;
        this.kept = kept;
        this.staged = staged;
        this.jobRows = jobRows;
        this.files = files;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Before the server takes its first request, so a kill's leftovers are gone when it answers. */
    @PostConstruct
    void atStart() {
        sweep(Databases.isSqlite(dataSource));
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT15M")
    @SchedulerLock(name = "upload-sweep", lockAtMostFor = "PT10M")
    public void onSchedule() {
        sweep(false);
    }

    void sweep(boolean alone) {
        jobs.sweep(alone);
        kept.forgetOld();
        Set<String> named = new HashSet<>(staged.storedFiles());
        named.addAll(jobRows.unfinishedFiles());
        Instant touchedBefore = alone ? Instant.MAX : clock.instant().minus(UNTOUCHED);
        for (Path file : regularFiles(files.directory())) {
            if (!named.contains(file.getFileName().toString()) && untouchedSince(file, touchedBefore)) {
                StagedFiles.delete(file);
            }
        }
        for (Path part : regularFiles(files.incoming())) {
            if (untouchedSince(part, touchedBefore)) {
                StagedFiles.delete(part);
            }
        }
    }

    private static boolean untouchedSince(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false; // already gone
        }
    }

    private static List<Path> regularFiles(Path directory) {
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
