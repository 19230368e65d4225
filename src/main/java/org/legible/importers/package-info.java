/**
 * Bringing in what other apps kept (issues 6 and 31): Apple Health ({@code export.xml} or the phone's
 * {@code export.zip}, streamed record by record without resolving any DTD or entity), Fitbit, any spreadsheet (CSV,
 * its columns mapped by the person) and a Flaredown diary, folded into the person's diary days as nights, steps and
 * other trackers' entries. Every file is untrusted: read as a stream, against limits, with errors that say where.
 * A leaf: nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "diary", "system :: files", "system :: sql"})
package org.legible.importers;
