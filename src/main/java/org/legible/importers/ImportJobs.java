package org.legible.importers;

import jakarta.annotation.PreDestroy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.legible.accounts.AccountId;
import org.legible.importers.files.UnreadableExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports that go on after the page that started them is left. An uploaded file is handed over as a temporary file
 * the job owns (and deletes); one import reads at a time, in upload order, so a small machine is never asked to parse
 * two gigabytes at once. Each job can be asked how far it is (bytes read of the file) and what it has found. Jobs live
 * in memory: a restart forgets a running one, and because an import writes nothing until its whole file has been
 * read, that leaves no trace to undo. Finished jobs are forgotten after a day (the imports themselves stay).
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP_FINISHED = Duration.ofDays(1);

    public enum State {
        WAITING,
        READING,
        DONE,
        FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /** A job as the person sees it. {@code error} is a message key under {@code healthImport.error.}. */
    public record Progress(
            String id,
            String fileName,
            Instant started,
            State state,
            long bytesRead,
            long totalBytes,
            long recordsFound,
            ImportedDays.Outcome outcome,
            String error,
            int errorLine,
            String errorPart) {

        /** Whole per cent of the file read, 0–100. */
        public int percent() {
            if (state == State.DONE) {
                return 100;
            }
            return totalBytes <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
        }
    }

    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "health-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts importing the file with the importer for its kind; the job now owns the file and deletes it when done.
     * Returns the job's id.
     */
    public String start(AccountId account, String fileName, Path file, FileImporter importer) throws IOException {
        forgetOldJobs();
        Job job = new Job(
                UUID.randomUUID().toString(), account, ImportedDays.name(fileName), clock.instant(), Files.size(file));
        jobs.put(job.id, job);
        reader.execute(() -> run(job, file, importer));
        return job.id;
    }

    /** The person's job with that id; empty for anyone else's. */
    public Optional<Progress> progress(AccountId account, String id) {
        Job job = jobs.get(id);
        return job == null || !job.account.equals(account) ? Optional.empty() : Optional.of(job.progress());
    }

    /** The person's jobs that have not finished, oldest first. */
    public List<Progress> unfinished(AccountId account) {
        return jobs.values().stream()
                .filter(job -> job.account.equals(account) && !job.state.finished())
                .map(Job::progress)
                .sorted(Comparator.comparing(Progress::started))
                .toList();
    }

    private void run(Job job, Path file, FileImporter importer) {
        job.state = State.READING;
        try (InputStream in = new Counting(Files.newInputStream(file), job)) {
            job.outcome = importer.importFile(job.account, job.fileName, in, job::found);
            job.state = State.DONE;
        } catch (UnreadableExport e) {
            job.error = e.getMessage();
            job.errorLine = e.line();
            job.errorPart = e.part();
            job.state = State.FAILED;
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "Import job {} for account {} failed: {}",
                    job.id,
                    job.account,
                    e.getClass().getSimpleName());
            job.error = "failed";
            job.state = State.FAILED;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file of import job {}", job.id);
            }
        }
    }

    private void forgetOldJobs() {
        Instant cutoff = clock.instant().minus(KEEP_FINISHED);
        jobs.values().removeIf(job -> job.state.finished() && job.started.isBefore(cutoff));
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }

    private static final class Job {
        final String id;
        final AccountId account;
        final String fileName;
        final Instant started;
        final long totalBytes;
        volatile State state = State.WAITING;
        volatile long bytesRead;
        volatile long recordsFound;
        volatile ImportedDays.Outcome outcome;
        volatile String error;
        volatile int errorLine;
        volatile String errorPart;

        Job(String id, AccountId account, String fileName, Instant started, long totalBytes) {
            this.id = id;
            this.account = account;
            this.fileName = fileName;
            this.started = started;
            this.totalBytes = totalBytes;
        }

        void found(long records) {
            recordsFound = records;
        }

        Progress progress() {
            return new Progress(
                    id,
                    fileName,
                    started,
                    state,
                    bytesRead,
                    totalBytes,
                    recordsFound,
                    outcome,
                    error,
                    errorLine,
                    errorPart);
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
                job.bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                job.bytesRead += n;
            }
            return n;
        }
    }
}
