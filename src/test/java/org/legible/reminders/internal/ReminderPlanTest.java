package org.legible.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.accounts.Preferences;
import org.legible.reminders.ReminderSettings;

class ReminderPlanTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Preferences IN_LONDON = new Preferences(LONDON, LocalTime.of(4, 0));

    private static ReminderSettings at(LocalTime... times) {
        return new ReminderSettings(EnumSet.allOf(DayOfWeek.class), List.of(times), null, true, false, false);
    }

    @Test
    void a_time_is_due_from_the_minute_it_passes_for_half_an_hour_and_then_skipped() {
        ReminderSettings eight = at(LocalTime.of(20, 0));
        assertThat(ReminderPlan.dueAt(eight, IN_LONDON, Instant.parse("2026-12-01T19:59:59Z")))
                .isEmpty();
        assertThat(ReminderPlan.dueAt(eight, IN_LONDON, Instant.parse("2026-12-01T20:00:00Z")))
                .containsExactly(
                        new ReminderPlan.Due(0, Instant.parse("2026-12-01T20:00:00Z"), LocalDate.parse("2026-12-01")));
        assertThat(ReminderPlan.dueAt(eight, IN_LONDON, Instant.parse("2026-12-01T20:29:00Z")))
                .hasSize(1);
        assertThat(ReminderPlan.dueAt(eight, IN_LONDON, Instant.parse("2026-12-01T20:31:00Z")))
                .as("a server that was down for longer skips it, rather than sending late")
                .isEmpty();
    }

    @Test
    void only_on_the_chosen_days_of_the_persons_own_week() {
        ReminderSettings weekdays = new ReminderSettings(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(LocalTime.of(9, 0)),
                null,
                true,
                false,
                false);
        // Saturday 5 December 2026, 09:00 in Tokyo is Saturday 00:00 UTC.
        Preferences inTokyo = new Preferences(ZoneId.of("Asia/Tokyo"), LocalTime.of(4, 0));
        assertThat(ReminderPlan.dueAt(weekdays, inTokyo, Instant.parse("2026-12-05T00:10:00Z")))
                .isEmpty();
        assertThat(ReminderPlan.dueAt(weekdays, inTokyo, Instant.parse("2026-12-04T00:10:00Z")))
                .extracting(ReminderPlan.Due::diaryDay)
                .containsExactly(LocalDate.parse("2026-12-04"));
    }

    @Test
    void the_wall_clock_time_holds_across_summer_time_and_a_time_the_clocks_skip_moves_forward() {
        ReminderSettings eight = at(LocalTime.of(20, 0));
        // 29 March 2026: the UK's clocks go forward; 20:00 BST is 19:00 UTC.
        assertThat(ReminderPlan.dueAt(eight, IN_LONDON, Instant.parse("2026-03-29T19:00:00Z")))
                .extracting(ReminderPlan.Due::at)
                .containsExactly(Instant.parse("2026-03-29T19:00:00Z"));
        ReminderSettings skipped = at(LocalTime.of(1, 30));
        assertThat(ReminderPlan.dueAt(skipped, IN_LONDON, Instant.parse("2026-03-29T01:30:00Z")))
                .as("01:30 does not exist that night: 02:30 BST, the same instant as 01:30 GMT")
                .extracting(ReminderPlan.Due::at)
                .containsExactly(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void a_reminder_before_the_day_boundary_belongs_to_the_diary_day_before() {
        ReminderSettings late = at(LocalTime.of(1, 0));
        assertThat(ReminderPlan.dueAt(late, IN_LONDON, Instant.parse("2026-12-02T01:05:00Z")))
                .extracting(ReminderPlan.Due::diaryDay)
                .containsExactly(LocalDate.parse("2026-12-01"));
    }

    @Test
    void two_times_make_two_reminders_each_on_its_own() {
        ReminderSettings twice = at(LocalTime.of(9, 0), LocalTime.of(20, 0));
        assertThat(ReminderPlan.dueAt(twice, IN_LONDON, Instant.parse("2026-12-01T20:00:00Z")))
                .extracting(ReminderPlan.Due::slot)
                .containsExactly(1);
    }
}
