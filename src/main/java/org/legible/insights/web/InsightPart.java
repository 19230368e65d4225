package org.legible.insights.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * A page of its own behind the patterns overview: what a card or a link there opens, with the figures, intervals and
 * days behind it. The overview itself shows only the cards and what the diary may point to. Public only for the
 * template's expressions, which call its methods.
 */
public enum InsightPart {
    PATTERNS("patterns", "insights.patterns.title"),
    PAIN("pain", "insights.pain.title"),
    WHERE("where", "report.where.title"),
    FEELS("feels", "insights.feels.title"),
    WHEN("when", "insights.when.title"),
    SLEEP("sleep", "insights.sleep.title"),
    OWN("own", "insights.own.title"),
    CYCLE("cycle", "insights.cycle.title"),
    BROUGHT_IN("brought-in", "insights.broughtIn.title"),
    FLARES("flares", "insights.flares.title"),
    HELPS("helps", "insights.helps.title");

    private final String code;
    private final String title;

    InsightPart(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The last part of its address, {@code /insights/{code}}. */
    public String code() {
        return code;
    }

    /** Its heading's message key. */
    public String title() {
        return title;
    }

    static Optional<InsightPart> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
