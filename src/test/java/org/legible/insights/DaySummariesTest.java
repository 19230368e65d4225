package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.insights.Days.checkIn;
import static org.legible.insights.Days.day;
import static org.legible.insights.Days.details;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInId;
import org.legible.diary.Vocabulary.WokeBy;

class DaySummariesTest {

    @Test
    void aLateNightCheckInCountsOnItsDiaryDayNotTheCalendarDayOrZoneItWasMadeIn() {
        // Made at 02:30 UTC on day 5, before a 04:00 day boundary: the diary gave it day 4. A second one on day 4
        // was made at 23:00 in Tokyo, i.e. 14:00 UTC on day 4. Both count on day 4; day 5 stays empty.
        Instant lateNight = day(5).atTime(2, 30).toInstant(ZoneOffset.UTC);
        Instant inTokyo = day(4).atTime(23, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
        List<CheckIn> checkIns = List.of(
                new CheckIn(
                        CheckInId.random(),
                        1,
                        lateNight,
                        lateNight,
                        details(4, 8).build()),
                new CheckIn(
                        CheckInId.random(), 1, inTokyo, inTokyo, details(4, 2).build()));

        List<DaySummary> days = DaySummaries.of(checkIns);

        assertThat(days).hasSize(1);
        assertThat(days.get(0).day()).isEqualTo(day(4));
        assertThat(days.get(0).meanPain()).isEqualTo(5.0);
        assertThat(days.get(0).worstPain()).isEqualTo(8);
    }

    @Test
    void noCheckInsGiveNoDays() {
        assertThat(DaySummaries.of(List.of())).isEmpty();
    }

    @Test
    void aDayIsTheMeanAndWorstOfItsCheckInsWithSleepFromTheFirstThatGaveIt() {
        List<DaySummary> days = DaySummaries.of(List.of(
                checkIn(
                        0,
                        20,
                        details(0, 7).fatigue(6).restless(5, true, true, true).build()),
                checkIn(0, 8, details(0, 2).sleep("6.5", 4).fatigue(3).build()),
                checkIn(
                        0,
                        13,
                        details(0, 3)
                                .sleep("9", 9, WokeBy.RESTLESS_LEGS)
                                .restless(2, null, null, null)
                                .build()),
                checkIn(2, 9, details(2, 5).build())));

        assertThat(days).extracting(DaySummary::day).containsExactly(day(0), day(2));
        DaySummary first = days.get(0);
        assertThat(first.checkIns()).isEqualTo(3);
        assertThat(first.meanPain()).isEqualTo(4.0); // (7 + 2 + 3) / 3
        assertThat(first.worstPain()).isEqualTo(7);
        assertThat(first.sleepHours()).isEqualByComparingTo(new BigDecimal("6.5")); // 08:00 came first
        assertThat(first.sleepQuality()).isEqualTo(4);
        assertThat(first.meanFatigue()).isEqualTo(4.5); // (6 + 3) / 2; the 13:00 one gave none
        assertThat(first.restlessUrge()).isEqualTo(5);
        assertThat(first.restlessFeaturesAllYes()).isTrue();
        assertThat(first.wokenByRestlessLegs()).isTrue();
        DaySummary second = days.get(1);
        assertThat(second.sleepHours()).isNull();
        assertThat(second.meanFatigue()).isNull();
        assertThat(second.restlessUrge()).isNull();
        assertThat(second.restlessFeaturesAllYes()).isFalse();
    }

    @Test
    void restlessNightsCountDaysNotCheckIns() {
        List<DaySummary> days = DaySummaries.of(List.of(
                checkIn(0, 8, details(0, 2).restless(0, false, null, null).build()),
                checkIn(1, 8, details(1, 2).restless(4, true, true, false).build()),
                checkIn(1, 21, details(1, 2).restless(6, true, true, true).build()),
                checkIn(
                        2,
                        8,
                        details(2, 2).sleep(null, null, WokeBy.RESTLESS_LEGS).build())));

        RestlessNights nights = RestlessNights.of(days);

        assertThat(nights.daysWithUrge()).isEqualTo(1); // day 0 said 0; day 1 counts once
        assertThat(nights.meanUrgeWhenPresent()).isEqualTo(6.0); // the day's highest
        assertThat(nights.daysWithAllFeatures()).isEqualTo(1);
        assertThat(nights.nightsWoken()).isEqualTo(1);
        assertThat(nights.any()).isTrue();
        assertThat(RestlessNights.of(List.of()).any()).isFalse();
    }
}
