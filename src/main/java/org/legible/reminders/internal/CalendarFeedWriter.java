package org.legible.reminders.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.legible.reminders.ReminderSettings;

/**
 * The private calendar feed (RFC 5545, written by iCal4j): one repeating event per reminder time on the chosen
 * weekdays, in the person's time zone (with its VTIMEZONE, so summer time is right), each with an alarm when it
 * starts. A calendar cannot know whether a check-in is already recorded, so it reminds every time; paused reminders
 * give an empty calendar. The text is the same greeting as every reminder: never health data.
 */
final class CalendarFeedWriter {

    /** Time zone definitions from iCal4j, built from the JDK's own rules (ical4j.properties); nothing is fetched. */
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private static final Duration LENGTH = Duration.ofMinutes(5);

    private CalendarFeedWriter() {}

    /**
     * @param uidSeed stable per person, so a calendar updates its events when times change instead of adding more
     * @param startsOn the first day the events may fall on (the day the choices were made)
     */
    static String write(
            ReminderSettings settings,
            ZoneId zone,
            LocalDate startsOn,
            Instant changedAt,
            Instant now,
            String uidSeed,
            String title,
            String greeting,
            String link) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Legible//Reminders//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new XProperty("X-WR-CALNAME", title));
        if (settings.paused()) {
            return calendar.toString();
        }
        net.fortuna.ical4j.model.TimeZone known = ZONES.getTimeZone(zone.getId());
        if (known != null) {
            VTimeZone timeZone = known.getVTimeZone().copy();
            // The definition carries a link to tzurl.org; a calendar app has no reason to go there.
            timeZone.getProperty("TZURL").ifPresent(timeZone::remove);
            calendar.add(timeZone);
        }
        List<WeekDay> days =
                settings.days().stream().sorted().map(WeekDay::getWeekDay).toList();
        for (int slot = 0; slot < settings.times().size(); slot++) {
            LocalDateTime local = LocalDateTime.of(startsOn, settings.times().get(slot));
            // A zone iCal4j has no definition for is written as floating local time, read in the device's zone.
            VEvent event =
                    known == null ? event(local, days, title) : event(ZonedDateTime.of(local, zone), days, title);
            event.add(new Uid("reminder-" + (slot + 1) + "-" + uidSeed + "@legible"));
            event.replace(new DtStamp(now));
            event.add(new LastModified(changedAt));
            event.add(new Description(greeting + "\n" + link));
            event.add(new Url(URI.create(link)));
            VAlarm alarm = new VAlarm(Duration.ZERO);
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(greeting));
            event.add(alarm);
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static <T extends Temporal> VEvent event(T start, List<WeekDay> days, String title) {
        VEvent event = new VEvent(start, LENGTH, title);
        event.add(new RRule<T>(
                new Recur.Builder<T>().frequency(Frequency.WEEKLY).dayList(days).build()));
        return event;
    }
}
