package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.insights.Days.checkIn;
import static org.legible.insights.Days.details;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.diary.Vocabulary.WokeBy;

class SleepAndPainTest {

    private static SleepAndPain of(List<CheckIn> checkIns) {
        return SleepAndPain.of(DaySummaries.of(checkIns), checkIns);
    }

    @Test
    void pairsEachNightWithThePainOfTheDayAfterItAndComparesShortNightsWithTheRest() {
        // Five nights of 4 h followed by pain 7, five of 8 h followed by pain 3: median 6 h, short nights 4 points
        // worse.
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            checkIns.add(checkIn(i, 9, details(i, 7).sleep("4", 2).build()));
            checkIns.add(checkIn(5 + i, 9, details(5 + i, 3).sleep("8", 7).build()));
        }

        SleepAndPain sleep = of(checkIns);

        assertThat(sleep.nights()).isEqualTo(10);
        assertThat(sleep.medianHours()).isEqualByComparingTo(new BigDecimal("6"));
        assertThat(sleep.medianQuality()).isEqualTo(4.5);
        assertThat(sleep.byHours())
                .containsExactly(new SleepAndPain.Band("under5", 5, 7.0), new SleepAndPain.Band("8plus", 5, 3.0));
        assertThat(sleep.byQuality())
                .containsExactly(new SleepAndPain.Band("0to3", 5, 7.0), new SleepAndPain.Band("7to10", 5, 3.0));
        Comparison shorter = sleep.shorterNights().orElseThrow();
        assertThat(shorter.daysWith()).isEqualTo(5);
        assertThat(shorter.difference()).isEqualTo(4.0);
        assertThat(shorter.higherBy(1.0)).isTrue();
        assertThat(sleep.poorerNights().orElseThrow().difference()).isEqualTo(4.0);
    }

    @Test
    void onlyTheFirstSleepOfADayCountsAndWakingIsCountedOncePerNight() {
        List<CheckIn> checkIns = List.of(
                checkIn(0, 8, details(0, 4).sleep("5.5", 3, WokeBy.CRAMPS).build()),
                checkIn(
                        0,
                        20,
                        details(0, 6)
                                .sleep("9", 9, WokeBy.CRAMPS, WokeBy.LEG_PAIN)
                                .build()),
                checkIn(
                        1,
                        8,
                        details(1, 2).sleep(null, null, WokeBy.RESTLESS_LEGS).build()),
                checkIn(2, 8, details(2, 2).build()));

        SleepAndPain sleep = of(checkIns);

        // Day 0: 5.5 h and quality 3 from the morning check-in; pain mean (4 + 6) / 2 = 5.
        assertThat(sleep.byHours()).containsExactly(new SleepAndPain.Band("5to6", 1, 5.0));
        assertThat(sleep.nights()).isEqualTo(1);
        assertThat(sleep.nightsAnswered()).isEqualTo(2);
        assertThat(sleep.woken(WokeBy.CRAMPS)).isEqualTo(1);
        assertThat(sleep.woken(WokeBy.LEG_PAIN)).isEqualTo(1);
        assertThat(sleep.woken(WokeBy.RESTLESS_LEGS)).isEqualTo(1);
        assertThat(sleep.woken(WokeBy.OTHER)).isZero();
        assertThat(sleep.shorterNights()).isEmpty();
    }

    @Test
    void noSleepAnswersGiveNothingRatherThanZeros() {
        SleepAndPain sleep = of(List.of(Days.pain(0, 5), Days.pain(1, 6)));

        assertThat(sleep.any()).isFalse();
        assertThat(sleep.medianHours()).isNull();
        assertThat(sleep.byHours()).isEmpty();
        assertThat(sleep.shorterNights()).isEmpty();
        assertThat(of(List.of()).any()).isFalse();
    }

    @Test
    void allNightsEqualHaveNoShorterNights() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            checkIns.add(checkIn(
                    i, 9, details(i, i % 2 == 0 ? 3 : 7).sleep("7", 5).build()));
        }

        SleepAndPain sleep = of(checkIns);

        assertThat(sleep.byHours()).containsExactly(new SleepAndPain.Band("7to8", 10, 5.0));
        assertThat(sleep.shorterNights()).isEmpty();
        assertThat(sleep.poorerNights()).isEmpty();
    }
}
