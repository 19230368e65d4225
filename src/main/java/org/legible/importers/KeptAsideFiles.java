package org.legible.importers;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.legible.accounts.AccountId;

/**
 * Uploaded CSV and Flaredown files kept aside while their person maps the columns: known to every server, taken for
 * an import by exactly one, deleted after two hours unused (importers.internal.KeptAsideService).
 */
public interface KeptAsideFiles {

    /** A file waiting for its mapping. */
    record Staged(String id, AccountId account, String fileName, Path file, Instant uploaded) {}

    /** Keeps the file (in the upload directory, which it now owns) for the person to map; returns its id. */
    String stage(AccountId account, String fileName, Path file);

    /** The person's kept-aside file with that id; empty for anyone else's or one already imported. */
    Optional<Staged> staged(AccountId account, String id);

    /**
     * Hands the kept-aside file over to an import job, which deletes it when done; empty when it is not the person's
     * or another request (on any server) took it first.
     */
    Optional<Staged> take(AccountId account, String id);
}
