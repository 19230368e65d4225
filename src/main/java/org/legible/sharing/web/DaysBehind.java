package org.legible.sharing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Predicate;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.diary.CheckIn;
import org.legible.diary.Coded;
import org.legible.diary.RedFlag;

/**
 * Which days a figure of the report stands for, as its link names them: a week ({@code from}, {@code to}), a place
 * that hurt ({@code site}, counted as the report counts it: an intensity above 0), a word for the pain
 * ({@code feels}) or a red flag ({@code flag}); none, all the share's days. A day is shown whole when any of its
 * check-ins matches. A value that names nothing is empty, so the page answers as any missing page.
 */
record DaysBehind(LocalDate from, LocalDate to, BodySite site, Descriptor feels, RedFlag flag) {

    static Optional<DaysBehind> parse(String from, String to, String site, String feels, String flag) {
        try {
            LocalDate first = from == null ? null : LocalDate.parse(from);
            LocalDate last = to == null ? null : LocalDate.parse(to);
            BodySite place = site == null ? null : BodySite.fromCode(site).orElseThrow();
            Descriptor word = feels == null ? null : Descriptor.fromCode(feels).orElseThrow();
            RedFlag red =
                    flag == null ? null : Coded.fromCode(RedFlag.class, flag).orElseThrow();
            return Optional.of(new DaysBehind(first, last, place, word, red));
        } catch (DateTimeParseException | java.util.NoSuchElementException malformed) {
            return Optional.empty();
        }
    }

    /** The first day shown: the share's, or the week's if it starts later. */
    LocalDate firstWithin(LocalDate shareFrom) {
        return from == null || from.isBefore(shareFrom) ? shareFrom : from;
    }

    LocalDate lastWithin(LocalDate shareTo) {
        return to == null || to.isAfter(shareTo) ? shareTo : to;
    }

    Predicate<CheckIn> matches() {
        return checkIn -> (site == null
                        || checkIn.details().sites().stream()
                                .anyMatch(s -> s.site().equals(site) && s.intensity() > 0))
                && (feels == null
                        || checkIn.details().sites().stream()
                                .anyMatch(s -> s.descriptors().contains(feels)))
                && (flag == null || checkIn.details().redFlags().contains(flag));
    }

    boolean all() {
        return from == null && to == null && site == null && feels == null && flag == null;
    }
}
