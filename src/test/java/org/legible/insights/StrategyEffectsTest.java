package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.insights.Days.checkIn;
import static org.legible.insights.Days.day;
import static org.legible.insights.Days.details;
import static org.legible.insights.Days.pain;
import static org.legible.insights.Days.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.EffectWindow;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;

class StrategyEffectsTest {

    private static CheckIn withHeat(int day, int pain, Helped helped) {
        return checkIn(
                day,
                9,
                details(day, pain).strategies(strategy(Strategy.HEAT, helped)).build());
    }

    @Test
    void sameDayAndWindowDifferencesAreMeansOfDaysWithMinusDaysWithout() {
        // Days 0-4 with heat (pain 3, 3, 4, 4, 6), days 5-9 without (pain 6, 6, 7, 7, 9), day 10 without (pain 2).
        List<CheckIn> checkIns = new ArrayList<>();
        int[] withHeat = {3, 3, 4, 4, 6};
        int[] without = {6, 6, 7, 7, 9};
        for (int i = 0; i < 5; i++) {
            checkIns.add(withHeat(i, withHeat[i], i < 3 ? Helped.A_LOT : Helped.WORSE));
            checkIns.add(pain(5 + i, without[i]));
        }
        checkIns.add(pain(10, 2));

        List<StrategyEffect> effects = StrategyEffects.measure(DaySummaries.of(checkIns), day(0), day(9));

        assertThat(effects).hasSize(1);
        StrategyEffect heat = effects.get(0);
        assertThat(heat.name()).isEqualTo(new StrategyName(Strategy.HEAT, null));
        assertThat(heat.daysUsed()).isEqualTo(5);
        assertThat(heat.ratedUses()).isEqualTo(5);
        assertThat(heat.helpedUses()).isEqualTo(3);
        assertThat(heat.worseUses()).isEqualTo(2);
        assertThat(heat.moreDaysWithNeeded()).isZero();
        assertThat(heat.moreDaysWithoutNeeded()).isZero();

        Comparison same = heat.sameDay().orElseThrow();
        assertThat(same.daysWith()).isEqualTo(5);
        assertThat(same.daysWithout()).isEqualTo(5);
        assertThat(same.meanWith()).isEqualTo(4.0); // 20 / 5
        assertThat(same.meanWithout()).isEqualTo(7.0); // 35 / 5
        assertThat(same.difference()).isEqualTo(-3.0);
        assertThat(same.low()).isLessThanOrEqualTo(-3.0);
        assertThat(same.high()).isGreaterThanOrEqualTo(-3.0).isLessThan(0);
        assertThat(same.clearlyLower()).isTrue();

        assertThat(heat.window()).as("heat acts while it is used").isEqualTo(EffectWindow.SAME_DAY);
        assertThat(heat.overWindow()).isEqualTo(heat.sameDay());

        // Counted the next day: days 1-5 follow a day with heat (3, 4, 4, 6, 6); days 0 and 6-9 do not (3, 6, 7, 7, 9).
        StrategyEffect nextDay = StrategyEffects.measure(
                        DaySummaries.of(checkIns), day(0), day(9), Map.of("heat", new EffectWindow(1, 1)))
                .get(0);
        assertThat(nextDay.window()).isEqualTo(new EffectWindow(1, 1));
        Comparison next = nextDay.overWindow().orElseThrow();
        assertThat(next.meanWith()).isEqualTo(4.6); // 23 / 5
        assertThat(next.meanWithout()).isEqualTo(6.4); // 32 / 5
        assertThat(next.difference()).isCloseTo(-1.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(next.low()).isLessThanOrEqualTo(next.difference());
        assertThat(next.high()).isGreaterThanOrEqualTo(next.difference());
        assertThat(nextDay.sameDay()).as("the same day stays as it was").isEqualTo(heat.sameDay());
    }

    @Test
    void a_medication_taken_on_some_days_is_set_against_the_pain_like_a_strategy_over_its_window() {
        // Paracetamol on days 0-5 (pain 6), none on days 6-11 (pain 6 the day after the last dose, then 3).
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            checkIns.add(
                    d < 6
                            ? checkIn(
                                    d,
                                    9,
                                    details(d, 6)
                                            .medication("Paracetamol", "500", "mg")
                                            .build())
                            : pain(d, d == 6 ? 6 : 3));
        }
        StrategyEffect paracetamol = StrategyEffects.measure(DaySummaries.of(checkIns), day(0), day(11))
                .get(0);

        assertThat(paracetamol.name()).isEqualTo(new StrategyName(null, null, "Paracetamol"));
        assertThat(paracetamol.name().key()).isEqualTo("med:paracetamol");
        assertThat(paracetamol.daysUsed()).isEqualTo(6);
        assertThat(paracetamol.window())
                .as("Legible does not guess a medicine's days")
                .isEqualTo(EffectWindow.SAME_DAY);
        assertThat(paracetamol.sameDay().orElseThrow().difference()).isEqualTo(2.5); // 6 against (6 + 5 × 3) / 6

        Comparison twoDays = StrategyEffects.measure(
                        DaySummaries.of(checkIns), day(0), day(11), Map.of("med:paracetamol", new EffectWindow(0, 2)))
                .get(0)
                .overWindow()
                .orElseThrow();
        assertThat(twoDays.daysWith()).as("days 0-6").isEqualTo(7);
        assertThat(twoDays.difference()).isEqualTo(3.0);
    }

    @Test
    void a_window_reaches_the_days_after_each_use_including_uses_before_the_period() {
        // Exercise on days -1 and 6, counted from the same day to two days after: days 0, 1, 6, 7, 8 are reached.
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d = -1; d < 12; d++) {
            boolean exercised = d == -1 || d == 6;
            boolean reached = d == 0 || d == 1 || d == 6 || d == 7 || d == 8;
            checkIns.add(
                    exercised
                            ? checkIn(
                                    d + 1,
                                    9,
                                    details(d + 1, 7)
                                            .strategies(strategy(Strategy.LOW_IMPACT_EXERCISE, null))
                                            .build())
                            : pain(d + 1, reached ? 7 : 2));
        }
        // The days above are shifted by one so that day -1 is Days.day(0); the period is days 0 to 11 (day(1) on).
        StrategyEffect exercise = StrategyEffects.measure(DaySummaries.of(checkIns), day(1), day(12))
                .get(0);

        assertThat(exercise.window()).as("the kind's default").isEqualTo(new EffectWindow(0, 3));
        Comparison over = exercise.overWindow().orElseThrow();
        assertThat(over.daysWith()).isEqualTo(5);
        assertThat(over.daysWithout()).isEqualTo(7);
        assertThat(over.difference()).isEqualTo(5.0);
        assertThat(StrategyEffects.defaultWindow(new StrategyName(Strategy.SLEEP_ROUTINE, null)))
                .isEqualTo(new EffectWindow(1, 1));
        assertThat(StrategyEffects.defaultWindow(new StrategyName(null, "Foot bath")))
                .isEqualTo(EffectWindow.SAME_DAY);
    }

    @Test
    void theSameDaysAlwaysGiveTheSameInterval() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            checkIns.add(i % 2 == 0 ? withHeat(i, 3 + i % 5, null) : pain(i, 4 + i % 3));
        }
        List<DaySummary> days = DaySummaries.of(checkIns);

        Comparison once =
                StrategyEffects.measure(days, day(0), day(11)).get(0).sameDay().orElseThrow();
        Comparison again =
                StrategyEffects.measure(days, day(0), day(11)).get(0).sameDay().orElseThrow();

        assertThat(again).isEqualTo(once);
    }

    @Test
    void equalPainEverywhereGivesAZeroWidthIntervalAtZero() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            checkIns.add(i < 5 ? withHeat(i, 5, null) : pain(i, 5));
        }

        Comparison same = StrategyEffects.measure(DaySummaries.of(checkIns), day(0), day(9))
                .get(0)
                .sameDay()
                .orElseThrow();

        assertThat(same.difference()).isZero();
        assertThat(same.low()).isZero();
        assertThat(same.high()).isZero();
        assertThat(same.clearlyLower()).isFalse();
        assertThat(same.clearlyHigher()).isFalse();
    }

    @Test
    void tooFewDaysGiveNoComparisonButSayHowManyMoreAreNeeded() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            checkIns.add(i < 3 ? withHeat(i, 4, Helped.A_LITTLE) : pain(i, 6));
        }

        StrategyEffect heat = StrategyEffects.measure(DaySummaries.of(checkIns), day(0), day(7))
                .get(0);

        assertThat(heat.daysUsed()).isEqualTo(3);
        assertThat(heat.sameDay()).isEmpty();
        assertThat(heat.overWindow()).isEmpty();
        assertThat(heat.moreDaysWithNeeded()).isEqualTo(2);
        assertThat(heat.moreDaysWithoutNeeded()).isZero();
    }

    @Test
    void aStrategyUsedEveryDayNeedsDaysWithoutIt() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            checkIns.add(withHeat(i, 4, null));
        }
        checkIns.add(pain(7, 6));

        StrategyEffect heat = StrategyEffects.measure(DaySummaries.of(checkIns), day(0), day(7))
                .get(0);

        assertThat(heat.sameDay()).isEmpty();
        assertThat(heat.moreDaysWithoutNeeded()).isEqualTo(4); // one day without, five needed
    }

    @Test
    void ownNamesDifferingOnlyInCaseAreOneStrategyAndDaysOutsideThePeriodDoNotCount() {
        StrategyUse lower = new StrategyUse(null, "epsom bath", null, null, null);
        StrategyUse upper = new StrategyUse(null, " Epsom Bath ", null, null, null);
        List<CheckIn> checkIns = List.of(
                checkIn(0, 9, details(0, 3).strategies(upper).build()),
                checkIn(1, 9, details(1, 3).strategies(lower).build()),
                checkIn(
                        2,
                        9,
                        details(2, 3)
                                .strategies(lower, strategy(Strategy.MASSAGE, null))
                                .build()),
                checkIn(
                        3,
                        9,
                        details(3, 3)
                                .strategies(strategy(Strategy.MASSAGE, null))
                                .build()),
                checkIn(
                        4,
                        9,
                        details(4, 3)
                                .strategies(strategy(Strategy.STRETCHING, null))
                                .build()));

        List<StrategyEffect> effects = StrategyEffects.measure(DaySummaries.of(checkIns), day(0), day(3));

        assertThat(effects)
                .extracting(e -> e.name().ownName() != null
                        ? e.name().ownName()
                        : e.name().strategy().code())
                .containsExactly("Epsom Bath", "massage"); // first spelling kept; stretching was on day 4
        assertThat(effects).extracting(StrategyEffect::daysUsed).containsExactly(3, 2);
    }
}
