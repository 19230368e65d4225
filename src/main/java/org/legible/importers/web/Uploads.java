package org.legible.importers.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.legible.importers.files.UnreadableExport;
import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;

/** What the pages that keep a file aside for its mapping share (any CSV, Flaredown). */
final class Uploads {

    private Uploads() {}

    /** Copies the upload to a temporary file, which the caller then owns; nothing is left behind on failure. */
    static Path keepAside(MultipartFile file, String prefix) throws IOException {
        Path copy = Files.createTempFile(prefix, ".upload");
        try {
            file.transferTo(copy);
            return copy;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /** Why a kept-aside file cannot be read, with the line where it broke when known, for the page's alert. */
    static String unreadable(MessageSource messages, UnreadableExport e, Locale locale) {
        String reason = messages.getMessage("healthImport.error." + e.getMessage(), null, locale);
        return e.line() > 0
                ? messages.getMessage("healthImport.error.atLine", new Object[] {reason, e.line()}, locale)
                : reason;
    }
}
