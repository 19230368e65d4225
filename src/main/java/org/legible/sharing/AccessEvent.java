package org.legible.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a person's access log: when, through which share (its id and their own label; both null for what the
 * person did themselves, such as an export), and what happened.
 */
public record AccessEvent(Instant at, UUID share, String shareLabel, Kind kind) {

    public enum Kind {
        /** The shared report's page was opened. */
        OPENED("opened"),
        /** The shared report's PDF was downloaded. */
        PDF("pdf"),
        /** Someone with the link typed a wrong passcode. */
        PASSCODE_REFUSED("passcode_refused"),
        /** The person downloaded their own report's PDF. */
        REPORT_PDF("report_pdf"),
        /** The person downloaded their full export as JSON. */
        EXPORT_JSON("export_json"),
        /** The person downloaded their full export as CSV tables. */
        EXPORT_CSV("export_csv"),
        /** The person downloaded their record as a FHIR Bundle. */
        EXPORT_FHIR("export_fhir");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind fromCode(String code) {
            for (Kind kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown access event " + code);
        }
    }
}
