package org.legible.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.legible.insights.PeriodChoice;

/**
 * What to put on a report: the period, the paper, and two things only the person can add: the name to print (none
 * unless they give one) and their note to the clinician. Neither is stored; they travel with the request.
 */
public record ReportRequest(LocalDate from, LocalDate to, Paper paper, String nameOnReport, String note) {

    public static final int NAME_CHARACTERS = 100;
    /** About five lines in the report's type: the note must leave room for the rest of the one page. */
    public static final int NOTE_CHARACTERS = 600;

    public static final int MAX_DAYS = PeriodChoice.MAX_DAYS;

    public ReportRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(paper, "paper");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("period must be 1 to " + MAX_DAYS + " days");
        }
        nameOnReport = nameOnReport == null || nameOnReport.isBlank() ? null : nameOnReport.strip();
        note = note == null || note.isBlank() ? null : note.strip();
        if ((nameOnReport != null && nameOnReport.length() > NAME_CHARACTERS)
                || (note != null && note.length() > NOTE_CHARACTERS)) {
            throw new IllegalArgumentException("name or note too long");
        }
    }
}
