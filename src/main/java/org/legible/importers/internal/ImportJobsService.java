package org.legible.importers.internal;

import jakarta.annotation.PreDestroy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.legible.accounts.AccountId;
import org.legible.importers.FileImporter;
import org.legible.importers.ImportJobs;
import org.legible.importers.ImportedDays;
import org.legible.importers.StagedFiles;
import org.legible.importers.files.UnreadableExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * {@link ImportJobs} kept in the database. Imports that go on after the page that started them is left. An uploaded file is handed over as a file in the
 * upload directory that the job owns (and deletes); the server that accepted it reads one import at a time, in upload
 * order, so a small machine is never asked to parse two gigabytes at once. Jobs are kept in the database (V21), so the
 * person can follow one from any server: how far it is (bytes read of the file) and what it has found, written at most
 * every second. While a server has a job it renews the job's heartbeat; a job whose server stopped is shown as
 * interrupted, and because an import writes nothing until its whole file has been read, that leaves no trace to undo.
 * Finished jobs are forgotten after a day (the imports themselves stay).
 */
@Service
class ImportJobsService implements ImportJobs {

    static final Duration KEEP_FINISHED = Duration.ofDays(1);
    /** A job not heard of for this long has lost its server; heartbeats come every {@link #HEARTBEAT}. */
    static final Duration SILENT = Duration.ofMinutes(2);

    private static final Duration HEARTBEAT = Duration.ofSeconds(20);
    private static final Duration WRITE_PROGRESS_EVERY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportJobRepository repository;
    private final StagedFiles files;
    private final Clock clock;
    /** The jobs this server has, waiting or being read, whose heartbeat it renews and whose counts it shows live. */
    private final Map<String, Job> mine = new ConcurrentHashMap<>();

    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "health-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobsService(ImportJobRepository repository, StagedFiles files, Clock clock) {
        this.repository = repository;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public String start(AccountId account, String fileName, Path file, FileImporter importer) throws IOException {
        String id = UUID.randomUUID().toString();
        String name = ImportedDays.name(fileName);
        repository.insert(id, account, name, files.storedAs(file), clock.instant(), Files.size(file));
        Job job = new Job(id, account, name);
        mine.put(id, job);
        reader.execute(() -> run(job, file, importer));
        return id;
    }

    @Override
    public Optional<Progress> progress(AccountId account, String id) {
        Instant silentSince = clock.instant().minus(SILENT);
        return repository.find(account, id).map(row -> live(seen(row, silentSince)));
    }

    @Override
    public List<Progress> unfinished(AccountId account) {
        Instant silentSince = clock.instant().minus(SILENT);
        return repository.unfinished(account).stream()
                .map(row -> live(seen(row, silentSince)))
                .filter(progress -> !progress.state().finished())
                .toList();
    }

    /** A job not finished whose server has gone quiet is, for the person, interrupted. */
    private static Progress seen(ImportJobRepository.Row row, Instant silentSince) {
        Progress job = row.progress();
        return !job.state().finished() && row.heartbeat().isBefore(silentSince)
                ? new Progress(
                        job.id(),
                        job.fileName(),
                        job.started(),
                        State.FAILED,
                        job.bytesRead(),
                        job.totalBytes(),
                        job.recordsFound(),
                        null,
                        INTERRUPTED,
                        0,
                        null)
                : job;
    }

    /** On the server reading it, a job's counts as they are this moment rather than as last written. */
    private Progress live(Progress job) {
        Job here = job.state() == State.READING ? mine.get(job.id()) : null;
        return here == null
                ? job
                : new Progress(
                        job.id(),
                        job.fileName(),
                        job.started(),
                        job.state(),
                        Math.max(job.bytesRead(), here.bytesRead),
                        job.totalBytes(),
                        Math.max(job.recordsFound(), here.recordsFound),
                        job.outcome(),
                        job.error(),
                        job.errorLine(),
                        job.errorPart());
    }

    @Scheduled(fixedDelayString = "PT20S", initialDelayString = "PT20S")
    void heartbeat() {
        repository.beat(List.copyOf(mine.keySet()), clock.instant());
    }

    /**
     * Marks jobs no server has (silent for {@link #SILENT}, or every unfinished one when {@code alone}) as
     * interrupted, deletes their files, and forgets finished jobs older than a day. Called by {@link UploadSweep}.
     */
    void sweep(boolean alone) {
        Instant now = clock.instant();
        Instant cutoff = alone ? now.plusSeconds(1) : now.minus(SILENT);
        for (String storedAs : repository.interruptSilentSince(cutoff, now)) {
            files.delete(storedAs);
        }
        repository.forgetFinishedBefore(now.minus(KEEP_FINISHED));
    }

    private void run(Job job, Path file, FileImporter importer) {
        Runnable recordEnd = readAndImport(job, file, importer);
        try {
            // The file goes before the end is written, so a job shown as finished no longer holds it.
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file of import job {}", job.id);
        }
        try {
            recordEnd.run();
        } finally {
            mine.remove(job.id);
        }
    }

    /** Reads and imports the file, returning how to record the end once the file is closed. */
    private Runnable readAndImport(Job job, Path file, FileImporter importer) {
        try (InputStream in = new Counting(Files.newInputStream(file), job)) {
            repository.reading(job.id, clock.instant());
            ImportedDays.Outcome outcome = importer.importFile(job.account, job.fileName, in, job::found);
            return () -> {
                try {
                    repository.done(job.id, job.bytesRead, job.recordsFound, outcome, clock.instant());
                } catch (RuntimeException e) {
                    failed(job, e);
                }
            };
        } catch (UnreadableExport e) {
            return () -> repository.failed(job.id, job.bytesRead, e.getMessage(), e.line(), e.part(), clock.instant());
        } catch (IOException | RuntimeException e) {
            return () -> failed(job, e);
        }
    }

    private void failed(Job job, Exception e) {
        log.warn(
                "Import job {} for account {} failed: {}",
                job.id,
                job.account,
                e.getClass().getSimpleName());
        failedQuietly(job);
    }

    private void failedQuietly(Job job) {
        try {
            repository.failed(job.id, job.bytesRead, "failed", 0, null, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Import job {} could not be marked as failed; it will show as interrupted", job.id);
        }
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }

    /** What the reading thread knows of its job, written to the database at most every second. */
    private final class Job {
        final String id;
        final AccountId account;
        final String fileName;
        volatile long bytesRead;
        volatile long recordsFound;
        long bytesAtLastLook;
        Instant written;

        Job(String id, AccountId account, String fileName) {
            this.id = id;
            this.account = account;
            this.fileName = fileName;
            this.written = clock.instant();
        }

        void found(long records) {
            recordsFound = records;
        }

        /** Looks at the clock every 256 KB read, and writes how far it is when a second has passed. */
        void read(long bytes) {
            bytesRead += bytes;
            if (bytesRead - bytesAtLastLook < 256 * 1024) {
                return;
            }
            bytesAtLastLook = bytesRead;
            Instant now = clock.instant();
            if (!now.isBefore(written.plus(WRITE_PROGRESS_EVERY))) {
                written = now;
                repository.progress(id, bytesRead, recordsFound, now);
            }
        }
    }

    /** Counts the bytes read from the file into its job, for the progress bar. */
    private static final class Counting extends FilterInputStream {
        private final Job job;

        Counting(InputStream in, Job job) {
            super(in);
            this.job = job;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                job.read(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                job.read(n);
            }
            return n;
        }
    }
}
