package org.legible.reports.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Caps on making one PDF (security.md §9). The longest report Legible allows (731 busy days, a full note) is two
 * pages and takes about 2 s cold and under 1 s warm on two cores, so the caps only stop a runaway, never a real
 * report.
 *
 * @param timeLimit how long one PDF may take, waiting for a renderer included
 * @param maxPages the most pages a laid-out report may have before it is drawn
 * @param renderers how many PDFs are made at once; a few more wait their turn, the rest are turned away
 */
@ConfigurationProperties("legible.report.pdf")
record PdfLimits(
        @DefaultValue("15s") Duration timeLimit,
        @DefaultValue("6") int maxPages,
        @DefaultValue("2") int renderers) {

    PdfLimits {
        if (timeLimit.isNegative() || maxPages < 1 || renderers < 1) {
            throw new IllegalArgumentException("PDF limits must be positive");
        }
    }

    int waitingRoom() {
        return renderers * 4;
    }
}
