package org.legible.sharing;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a share shows: the report only (its page and its PDF), or the report with the days behind it and the patterns
 * (history). The person's notes in their own words and a FHIR download are separate ticks ({@link Share}).
 */
public enum ShareScope {
    REPORT("report"),
    REPORT_AND_HISTORY("report-history");

    private final String code;

    ShareScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the days behind the report's figures and the patterns page are shown. */
    public boolean showsHistory() {
        return this == REPORT_AND_HISTORY;
    }

    public static Optional<ShareScope> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
