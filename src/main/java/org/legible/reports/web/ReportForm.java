package org.legible.reports.web;

/** The report form as typed: kept as text so a mistake comes back next to its field exactly as written. */
record ReportForm(String from, String to, String paper, String name, String note) {

    ReportForm {
        from = from == null ? "" : from.strip();
        to = to == null ? "" : to.strip();
        paper = paper == null || paper.isBlank() ? "a4" : paper.strip();
        name = name == null ? "" : name;
        note = note == null ? "" : note;
    }
}
