package org.legible.checkup.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.legible.bodymap.BodySite;
import org.legible.checkup.Question;
import org.legible.insights.patterns.Evidence;
import org.springframework.context.MessageSource;

/** Words for the check-up pages in the reader's locale and time zone. */
public final class CheckUpLabels {

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;

    CheckUpLabels(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    /** The words for one allowed answer, from the vocabulary it comes from. */
    public String answer(Question question, String value) {
        return question == Question.WHERE
                ? BodySite.fromCode(value).map(this::site).orElse(value)
                : message(question.answerKey(value));
    }

    /** Several answers to one question, in words, separated by commas. */
    public String answers(Question question, java.util.List<String> values) {
        return String.join(", ", values.stream().map(v -> answer(question, v)).toList());
    }

    public String site(BodySite site) {
        return message(
                "site.name",
                message("side." + site.side().code()),
                message("region." + site.region().code()));
    }

    public String evidence(Evidence evidence) {
        return message(evidence.key(), evidence.args().toArray());
    }

    /** "22 Nov 2026" in the person's own time zone. */
    public String day(Instant instant) {
        return instant.atZone(zone)
                .toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
