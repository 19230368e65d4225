package org.legible.importers.applehealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legible.accounts.Preferences;
import org.legible.diary.DiaryDays;

/** The remembered day must always be the diary-day rule's own answer, clock changes included. */
class DayOfTest {

    @ParameterizedTest
    @CsvSource({
        "Europe/London, 04:00",
        "Europe/London, 01:30", // inside the hour that is skipped or repeated
        "America/Santiago, 00:00", // clocks change at midnight
        "Australia/Lord_Howe, 02:00", // a half-hour change
        "Pacific/Apia, 04:00", // skipped a whole day in 2011
        "UTC, 04:00"
    })
    void agrees_with_the_diary_day_rule_for_records_in_time_order_and_out_of_it(String zone, String boundary) {
        Preferences preferences = new Preferences(ZoneId.of(zone), LocalTime.parse(boundary));
        DailyHealth.DayOf dayOf = new DailyHealth.DayOf(preferences);
        Random random = new Random(zone.hashCode());
        long at = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();
        long end = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        int checked = 0;
        while (at < end) {
            at += random.nextInt(1, 20 * 60); // every few minutes, as records come
            Instant instant = Instant.ofEpochSecond(at);
            assertThat(dayOf.apply(instant)).as(instant.toString()).isEqualTo(DiaryDays.dayOf(instant, preferences));
            checked++;
            if (random.nextInt(500) == 0) {
                Instant earlier = Instant.ofEpochSecond(at - random.nextLong(0, 400L * 86_400));
                assertThat(dayOf.apply(earlier))
                        .as(earlier.toString())
                        .isEqualTo(DiaryDays.dayOf(earlier, preferences));
            }
        }
        assertThat(checked).isGreaterThan(500_000);
    }
}
