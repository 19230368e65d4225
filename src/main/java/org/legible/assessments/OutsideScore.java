package org.legible.assessments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A score measured elsewhere, such as the FIQR total a clinic recorded (0–100; docs/clinical-basis.md, "Scores measured elsewhere"), or
 * another instrument by name (some scales go below zero). Only the value is kept: the questions of licensed instruments are never reproduced.
 */
public record OutsideScore(String id, Kind kind, String name, LocalDate measuredOn, BigDecimal score) {

    public static final int NAME_CHARACTERS = 200;
    public static final BigDecimal FIQR_MAX = new BigDecimal("100");
    public static final BigDecimal OTHER_MAX = new BigDecimal("99999999");

    public enum Kind {
        FIQR,
        OTHER
    }

    public OutsideScore {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measuredOn, "measuredOn");
        Objects.requireNonNull(score, "score");
        name = name == null || name.isBlank() ? null : name.strip();
        if (kind == Kind.OTHER && name == null) {
            throw new IllegalArgumentException("another instrument needs its name");
        }
        if (kind == Kind.FIQR) {
            name = null;
        }
        if (name != null && name.length() > NAME_CHARACTERS) {
            throw new IllegalArgumentException("name too long");
        }
        BigDecimal max = kind == Kind.FIQR ? FIQR_MAX : OTHER_MAX;
        BigDecimal min = kind == Kind.FIQR ? BigDecimal.ZERO : OTHER_MAX.negate();
        if (score.compareTo(min) < 0 || score.compareTo(max) > 0 || score.scale() > 2) {
            throw new IllegalArgumentException("score out of range");
        }
    }
}
