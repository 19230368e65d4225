package org.legible.importers.files;

import java.io.IOException;

/**
 * Why an uploaded file cannot be read, as a message key under {@code healthImport.error.}, with where it broke when
 * the parser knows: the line, and for a zip of many files, which file in it. Nothing of such a file is saved.
 */
public final class UnreadableExport extends IOException {
    private final int line;
    private final String part;

    public UnreadableExport(String reason, int line) {
        this(reason, line, null);
    }

    public UnreadableExport(String reason, int line, String part) {
        super(reason);
        this.line = line;
        this.part = part;
    }

    /** The line where reading stopped, or 0 when it is not about a line. */
    public int line() {
        return line;
    }

    /** The name of the file inside a zip where reading stopped, or null when it is not about one of them. */
    public String part() {
        return part;
    }
}
