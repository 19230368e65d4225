package org.legible.diary;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Something a person added to track beside the pain (issue 29): its name and how it is answered. It is never deleted,
 * only stopped, so its past answers stay in the diary; {@link OwnItemRules} says what may be added.
 *
 * @param low what 0 means on a scale, or null for the usual "none"
 * @param high what 10 means on a scale, or null for the usual "the most there could be"
 * @param unit what a number counts (glasses, minutes), or null
 * @param words the few words a "one of a few words" item is answered with, in the person's order
 */
public record OwnItem(
        String id,
        String name,
        Kind kind,
        String low,
        String high,
        String unit,
        List<String> words,
        LocalDate since,
        LocalDate stoppedOn) {

    public static final int NAME_CHARACTERS = 60;
    /** A scale's ends, a unit, and each word. */
    public static final int LABEL_CHARACTERS = 40;

    public static final int MIN_WORDS = 2;
    public static final int MAX_WORDS = 6;
    /** Items being tracked at once: every one is asked in each check-in. */
    public static final int MAX_ACTIVE = 12;

    /** How an item is answered. */
    public enum Kind implements Coded {
        /** 0 to 10, its two ends named. */
        SCALE,
        YES_NO,
        /** A number, with a unit or none. */
        NUMBER,
        /** One of a few words. */
        WORDS
    }

    public OwnItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
        UUID.fromString(Objects.requireNonNull(id, "id"));
        name = required(name, NAME_CHARACTERS, "name");
        low = kind == Kind.SCALE ? optional(low, "low") : none(low, "low");
        high = kind == Kind.SCALE ? optional(high, "high") : none(high, "high");
        unit = kind == Kind.NUMBER ? optional(unit, "unit") : none(unit, "unit");
        words = words == null
                ? List.of()
                : words.stream().map(w -> required(w, LABEL_CHARACTERS, "word")).toList();
        if (kind == Kind.WORDS) {
            Set<String> seen = new HashSet<>();
            if (words.size() < MIN_WORDS
                    || words.size() > MAX_WORDS
                    || !words.stream().allMatch(w -> seen.add(w.toLowerCase(Locale.ROOT)))) {
                throw new IllegalArgumentException("2 to 6 different words");
            }
        } else if (!words.isEmpty()) {
            throw new IllegalArgumentException("only a words item has words");
        }
        if (stoppedOn != null && stoppedOn.isBefore(since)) {
            throw new IllegalArgumentException("stopped before it began");
        }
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public boolean stopped() {
        return stoppedOn != null;
    }

    /** The same item stopped on {@code day} (or on the day it began, for a day before it). */
    public OwnItem stoppedOn(LocalDate day) {
        return new OwnItem(id, name, kind, low, high, unit, words, since, day.isBefore(since) ? since : day);
    }

    private static String required(String value, int max, String what) {
        String text = FreeText.withoutControlCharacters(value);
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new IllegalArgumentException(what + " must be 1 to " + max + " characters");
        }
        return text.strip();
    }

    private static String optional(String value, String what) {
        return value == null || value.isBlank() ? null : required(value, LABEL_CHARACTERS, what);
    }

    private static String none(String value, String what) {
        if (value != null && !value.isBlank()) {
            throw new IllegalArgumentException(what + " belongs to another kind of item");
        }
        return null;
    }
}
