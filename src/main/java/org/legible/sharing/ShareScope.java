package org.legible.sharing;

import java.util.Arrays;
import java.util.Optional;

/** What a share shows. The report only, for now: its page and its PDF, none of the person's own notes. */
public enum ShareScope {
    REPORT("report");

    private final String code;

    ShareScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ShareScope> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
