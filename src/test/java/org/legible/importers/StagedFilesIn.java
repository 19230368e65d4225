package org.legible.importers;

import java.nio.file.Path;
import org.springframework.util.unit.DataSize;

/** An upload directory for tests outside this package, with the default limits. */
public final class StagedFilesIn {

    private StagedFilesIn() {}

    public static StagedFiles directory(Path directory) {
        return new StagedFiles(directory.toString(), "unused", 5, DataSize.ofGigabytes(4));
    }
}
