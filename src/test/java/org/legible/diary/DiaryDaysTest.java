package org.legible.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.legible.accounts.Preferences;

class DiaryDaysTest {

    private final Preferences london = new Preferences(ZoneId.of("Europe/London"), LocalTime.of(4, 0));

    @Test
    void a_check_in_at_one_in_the_morning_belongs_to_the_day_before() {
        assertThat(DiaryDays.dayOf(Instant.parse("2026-01-15T01:00:00Z"), london))
                .isEqualTo(LocalDate.of(2026, 1, 14));
    }

    @Test
    void the_boundary_minute_itself_starts_the_new_day() {
        assertThat(DiaryDays.dayOf(Instant.parse("2026-01-15T03:59:59Z"), london))
                .isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(DiaryDays.dayOf(Instant.parse("2026-01-15T04:00:00Z"), london))
                .isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void the_day_is_counted_in_the_persons_time_zone_across_summer_time() {
        // 03:30 UTC on 29 March 2026 is 04:30 BST, after the clocks went forward: already the 29th.
        assertThat(DiaryDays.dayOf(Instant.parse("2026-03-29T03:30:00Z"), london))
                .isEqualTo(LocalDate.of(2026, 3, 29));
        // 02:30 UTC on 29 March 2026 is 03:30 BST: still the 28th.
        assertThat(DiaryDays.dayOf(Instant.parse("2026-03-29T02:30:00Z"), london))
                .isEqualTo(LocalDate.of(2026, 3, 28));
        Preferences tokyo = new Preferences(ZoneId.of("Asia/Tokyo"), LocalTime.of(4, 0));
        assertThat(DiaryDays.dayOf(Instant.parse("2026-01-15T20:00:00Z"), tokyo))
                .isEqualTo(LocalDate.of(2026, 1, 16));
    }

    @Test
    void a_midnight_boundary_means_calendar_days() {
        Preferences midnight = new Preferences(ZoneId.of("UTC"), LocalTime.MIDNIGHT);
        assertThat(DiaryDays.dayOf(Instant.parse("2026-01-15T00:00:00Z"), midnight))
                .isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void times_of_day_follow_the_local_clock() {
        assertThat(DiaryDays.timeOfDayAt(Instant.parse("2026-01-15T08:00:00Z"), london))
                .isEqualTo(Vocabulary.TimeOfDay.MORNING);
        assertThat(DiaryDays.timeOfDayAt(Instant.parse("2026-01-15T13:00:00Z"), london))
                .isEqualTo(Vocabulary.TimeOfDay.AFTERNOON);
        assertThat(DiaryDays.timeOfDayAt(Instant.parse("2026-01-15T19:00:00Z"), london))
                .isEqualTo(Vocabulary.TimeOfDay.EVENING);
        assertThat(DiaryDays.timeOfDayAt(Instant.parse("2026-01-15T02:00:00Z"), london))
                .isEqualTo(Vocabulary.TimeOfDay.NIGHT);
    }
}
