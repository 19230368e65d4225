package org.legible.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.insights.patterns.Evidence;
import org.springframework.context.MessageSource;

/** Words and numbers for the insights pages and the report in the reader's locale, the same on a page and in the PDF. */
public final class InsightLabels {

    private static final char MINUS = '\u2212';

    private final MessageSource messages;
    private final Locale locale;

    public InsightLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** "left heel". */
    public String site(BodySite site) {
        return message(
                "site.name",
                message("side." + site.side().code()),
                message("region." + site.region().code()));
    }

    public String descriptor(Descriptor descriptor) {
        return message("descriptor." + descriptor.code());
    }

    public String strategy(StrategyName name) {
        if (name.medication() != null) {
            return name.medication();
        }
        return name.strategy() != null ? message("strategy." + name.strategy().code()) : name.ownName();
    }

    /** "1 Oct 2026". */
    public String day(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** "March 2026": a month's name and year. */
    public String month(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    }

    /** "150 mg": the dose without trailing zeros, and its unit when there is one. */
    public String dose(MedicationCourse.Dose dose) {
        return dose.text();
    }

    /** One decimal: pain means, hours. */
    public String number(double value) {
        return String.format(locale, "%.1f", value).replace('-', MINUS);
    }

    /** A difference with its sign always shown: "+0.4", "−1.6". */
    /** When a strategy's effect is counted, in words: "the same day", "the same day to 2 days after", … */
    public String effectWindow(org.legible.diary.EffectWindow window) {
        int first = window.startsAfterDays();
        int last = window.lastDayAfter();
        if (first == last) {
            return first == 0
                    ? message("effectWindow.sameDay")
                    : first == 1 ? message("effectWindow.nextDay") : message("effectWindow.after", first);
        }
        return first == 0 ? message("effectWindow.fromSameDay", last) : message("effectWindow.range", first, last);
    }

    public String signed(double value) {
        String text = String.format(locale, "%+.1f", value);
        return text.replace('-', MINUS);
    }

    /** One fact behind an explained pattern, in words. */
    public String evidence(Evidence evidence) {
        return message(evidence.key(), evidence.args().toArray());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
