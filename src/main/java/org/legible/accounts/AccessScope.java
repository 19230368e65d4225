package org.legible.accounts;

import java.util.Arrays;
import java.util.Optional;

/** What a personal access token may do: read only (the default), or read and change. */
public enum AccessScope {
    READ("read"),
    READ_WRITE("read-write");

    private final String code;

    AccessScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean canWrite() {
        return this == READ_WRITE;
    }

    public static Optional<AccessScope> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
