package org.legible.diary.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.legible.bodymap.BodyMapLayout;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.PainScale;
import org.legible.diary.CheckInDetails.SitePain;
import org.springframework.context.MessageSource;

/** Labels and local times for templates, in the reader's locale and the person's time zone. */
record DiaryLabels(MessageSource messages, Locale locale, ZoneId zone) {

    public String site(BodySite site) {
        return CheckInFormView.siteLabel(site, messages, locale);
    }

    /** The drawing's shapes, defined once on a page that lists check-ins (templates/bodymap/map.html, defs). */
    public java.util.List<BodyMapLayout.Shape> mapShapes() {
        return BodyMapLayout.shapes();
    }

    public java.util.List<String> mapOutlines() {
        return BodyMapLayout.outlines();
    }

    /** The step of the pain colour scale a place is filled with on the small drawing. */
    public String painLevel(SitePain pain) {
        return PainScale.level(Integer.toString(pain.intensity()));
    }

    /** "left heel 7" – where and how much, as the history list shows it. */
    public String sitePain(SitePain pain) {
        return messages.getMessage("history.sitePain", new Object[] {site(pain.site()), pain.intensity()}, locale);
    }

    public String day(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
    }

    public String time(Instant instant) {
        return instant.atZone(zone).toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm", locale));
    }

    public String dateTime(Instant instant) {
        return instant.atZone(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale));
    }

    /** ISO text for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }
}
