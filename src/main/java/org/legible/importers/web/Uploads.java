package org.legible.importers.web;

import java.util.Locale;
import org.legible.importers.files.UnreadableExport;
import org.springframework.context.MessageSource;

/** What the pages that keep a file aside for its mapping share (any CSV, Flaredown). */
final class Uploads {

    private Uploads() {}

    /** Why a kept-aside file cannot be read, with the line where it broke when known, for the page's alert. */
    static String unreadable(MessageSource messages, UnreadableExport e, Locale locale) {
        String reason = messages.getMessage("healthImport.error." + e.getMessage(), null, locale);
        return e.line() > 0
                ? messages.getMessage("healthImport.error.atLine", new Object[] {reason, e.line()}, locale)
                : reason;
    }
}
