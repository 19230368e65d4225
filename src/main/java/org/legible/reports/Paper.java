package org.legible.reports;

import java.util.Locale;
import java.util.Optional;

/** The two paper sizes clinics print on; the CSS {@code @page} size keyword for each. */
public enum Paper {
    A4("A4"),
    LETTER("letter");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String cssSize() {
        return cssSize;
    }

    public static Optional<Paper> fromCode(String code) {
        for (Paper paper : values()) {
            if (paper.code().equals(code)) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }
}
