package org.legible.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a person's access log: when, through which share (its id and their own label), which access token
 * (its name then) or which carer (their name as the person gave it) — all null for what the person did themselves in
 * their browser, such as an export — what happened, and for an API read or a carer's page what it was
 * ({@code detail}, an address without its query).
 */
public record AccessEvent(
        Instant at, UUID share, String shareLabel, String tokenName, String carer, Kind kind, String detail) {

    /** A line for a share or the person's own browser, with no token, carer or detail. */
    public AccessEvent(Instant at, UUID share, String shareLabel, Kind kind) {
        this(at, share, shareLabel, null, null, kind, null);
    }

    public enum Kind {
        /** The shared report's page was opened. */
        OPENED("opened"),
        /** The shared report's PDF was downloaded. */
        PDF("pdf"),
        /** The days behind the shared report were opened (the share shows history). */
        DAYS("days"),
        /** The shared patterns page was opened (the share shows history). */
        PATTERNS("patterns"),
        /** The shared record was downloaded as a FHIR Bundle (the person allowed it). */
        FHIR("fhir"),
        /** An access token read data through the API. */
        API_READ("api_read"),
        /** A carer recorded a check-in for the person. */
        CARER_CHECKIN("carer_checkin"),
        /** A carer opened one of the person's pages. */
        CARER_READ("carer_read"),
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
