package org.legible.sharing;

import java.time.Instant;
import java.util.UUID;

/** One line of a person's access log: when, through which share (its id and their own label), and what happened. */
public record AccessEvent(Instant at, UUID share, String shareLabel, Kind kind) {

    public enum Kind {
        /** The shared report's page was opened. */
        OPENED("opened"),
        /** The shared report's PDF was downloaded. */
        PDF("pdf"),
        /** Someone with the link typed a wrong passcode. */
        PASSCODE_REFUSED("passcode_refused");

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
