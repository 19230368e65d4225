package org.legible.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;

/**
 * Imports that go on after the page that started them is left, read by the server that accepted the file and
 * followed from any (importers.internal.ImportJobsService).
 */
public interface ImportJobs {

    /** The error of a job whose server stopped before it finished. */
    String INTERRUPTED = "interrupted";

    enum State {
        WAITING,
        READING,
        DONE,
        FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /** A job as the person sees it. {@code error} is a message key under {@code healthImport.error.}. */
    record Progress(
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

    /**
     * Starts importing the file (in the upload directory, {@link StagedFiles}) with the importer for its kind; the job
     * now owns the file and deletes it when done. Returns the job's id.
     */
    String start(AccountId account, String fileName, Path file, FileImporter importer) throws IOException;

    /** The person's job with that id; empty for anyone else's. */
    Optional<Progress> progress(AccountId account, String id);

    /** The person's jobs that have not finished, oldest first. */
    List<Progress> unfinished(AccountId account);
}
