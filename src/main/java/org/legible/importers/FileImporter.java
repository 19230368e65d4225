package org.legible.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.legible.accounts.AccountId;

/** One way of reading a file from another app into an account's days, as a background job runs it. */
@FunctionalInterface
public interface FileImporter {

    /**
     * Reads the whole file and saves what it found, telling {@code found} how many records it has used so far. A
     * file that cannot be read throws {@link org.legible.importers.files.UnreadableExport} and saves nothing.
     */
    ImportedDays.Outcome importFile(AccountId account, String fileName, InputStream file, LongConsumer found)
            throws IOException;

    /** The same for a file on disk, which an importer may read in parts at once, telling {@code found} from each. */
    default ImportedDays.Outcome importFile(AccountId account, String fileName, Path file, LongConsumer found)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importFile(account, fileName, in, found);
        }
    }
}
