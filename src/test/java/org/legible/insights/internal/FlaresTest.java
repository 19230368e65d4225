package org.legible.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.insights.Days.day;
import static org.legible.insights.Days.details;
import static org.legible.insights.Days.site;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails.TriggerMention;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.diary.Vocabulary.Trigger;
import org.legible.insights.DaySummaries;
import org.legible.insights.Days;
import org.legible.insights.Flare;
import org.legible.insights.FlareRule;
import org.legible.insights.StrategyName;

class FlaresTest {

    /** Days 0..13 at pain 3, then the given pains from day 14 on (null: no check-in that day). */
    private static List<CheckIn> baselineThen(Integer... pains) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            checkIns.add(Days.pain(d, 3));
        }
        for (int i = 0; i < pains.length; i++) {
            if (pains[i] != null) {
                checkIns.add(Days.pain(14 + i, pains[i]));
            }
        }
        return checkIns;
    }

    private static List<Flare> flares(List<CheckIn> checkIns, FlareRule rule) {
        return Flares.find(DaySummaries.of(checkIns), checkIns, day(0), day(40), rule);
    }

    @Test
    void two_days_two_points_above_the_median_are_a_flare_with_its_peak() {
        List<Flare> flares = flares(baselineThen(5, 6, 3), FlareRule.DEFAULT);

        assertThat(flares).hasSize(1);
        Flare flare = flares.get(0);
        assertThat(flare.start()).isEqualTo(day(14));
        assertThat(flare.end()).isEqualTo(day(15));
        assertThat(flare.days()).isEqualTo(2);
        assertThat(flare.peakDay()).isEqualTo(day(15));
        assertThat(flare.peakPain()).isEqualTo(6.0);
        assertThat(flare.baselineMedian()).isEqualTo(3.0);
    }

    @Test
    void one_high_day_is_not_a_flare_unless_the_rule_says_one_day_is_enough() {
        assertThat(flares(baselineThen(6, 3), FlareRule.DEFAULT)).isEmpty();
        assertThat(flares(baselineThen(6, 3), new FlareRule(2, 1))).hasSize(1);
    }

    @Test
    void one_point_short_of_the_threshold_is_not_a_flare() {
        assertThat(flares(baselineThen(4, 4), FlareRule.DEFAULT)).isEmpty();
        assertThat(flares(baselineThen(4, 4), new FlareRule(1, 2))).hasSize(1);
    }

    @Test
    void a_day_without_a_check_in_ends_the_run() {
        assertThat(flares(baselineThen(6, null, 6), FlareRule.DEFAULT)).isEmpty();
    }

    @Test
    void fewer_than_seven_baseline_days_judge_nothing() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            checkIns.add(Days.pain(d, 2));
        }
        checkIns.add(Days.pain(6, 9));
        checkIns.add(Days.pain(7, 9));
        assertThat(flares(checkIns, FlareRule.DEFAULT))
                .as("day 6 has six baseline days, day 7 has seven, so the run is one day long")
                .isEmpty();
        checkIns.add(Days.pain(8, 9));
        assertThat(flares(checkIns, FlareRule.DEFAULT)).hasSize(1);
    }

    @Test
    void the_median_of_an_even_number_of_days_is_the_mean_of_the_middle_two() {
        // Baseline days: four at 2 and four at 4 -> median 3; 5 is exactly 2 above it.
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            checkIns.add(Days.pain(d, d % 2 == 0 ? 2 : 4));
        }
        assertThat(Flares.median(DaySummaries.of(checkIns))).isEqualTo(3.0);
    }

    @Test
    void no_data_and_all_equal_days_have_no_flares() {
        assertThat(flares(List.of(), FlareRule.DEFAULT)).isEmpty();
        assertThat(flares(baselineThen(3, 3, 3, 3), FlareRule.DEFAULT)).isEmpty();
    }

    @Test
    void a_flare_that_ended_before_the_period_is_not_listed() {
        List<CheckIn> checkIns = baselineThen(6, 6, 3, 3);
        assertThat(Flares.find(DaySummaries.of(checkIns), checkIns, day(16), day(40), FlareRule.DEFAULT))
                .isEmpty();
        assertThat(Flares.find(DaySummaries.of(checkIns), checkIns, day(15), day(40), FlareRule.DEFAULT))
                .as("overlapping the period's first day")
                .hasSize(1);
    }

    @Test
    void the_three_days_before_show_sleep_against_baseline_triggers_activity_and_missed_strategies() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            boolean before = d >= 11;
            Days.Builder b = details(d, 3)
                    .sleep(before ? "4" : "7", before ? 2 : 6)
                    .strategies(
                            before
                                    ? new org.legible.diary.CheckInDetails.StrategyUse[0]
                                    : new org.legible.diary.CheckInDetails.StrategyUse[] {
                                        Days.strategy(Strategy.HEAT, Helped.A_LOT)
                                    });
            if (d == 12) {
                b.triggers(Trigger.POOR_SLEEP).at(TimeOfDay.AFTERNOON, PainContext.WALKING);
            }
            checkIns.add(Days.checkIn(d, 9, b.build()));
        }
        checkIns.add(Days.checkIn(
                14,
                9,
                details(14, 6)
                        .sleep("3", 1)
                        .site(site(Region.SOLE, Side.LEFT), 7)
                        .site(site(Region.HEEL, Side.RIGHT), 5)
                        .build()));
        checkIns.add(Days.checkIn(
                15, 9, details(15, 6).site(site(Region.HEEL, Side.RIGHT), 6).build()));

        Flare flare = flares(checkIns, FlareRule.DEFAULT).get(0);

        assertThat(flare.sites())
                .as("most days first, then top to bottom")
                .containsExactly(site(Region.HEEL, Side.RIGHT), site(Region.SOLE, Side.LEFT));
        Flare.Before before = flare.before();
        assertThat(before.daysWithCheckIn()).isEqualTo(3);
        // The three nights before: answered on days 12, 13 (4 h, quality 2) and the flare's first day 14 (3 h, 1).
        assertThat(before.meanSleepHours()).isEqualByComparingTo("3.7");
        // 11 nights of 7 h and 3 of 4 h: 89 / 14 = 6.36
        assertThat(before.baselineSleepHours()).isEqualByComparingTo("6.4");
        assertThat(before.meanSleepQuality()).isEqualTo(5.0 / 3);
        assertThat(before.baselineSleepQuality()).isEqualTo(72.0 / 14);
        assertThat(before.triggers()).containsExactly(new TriggerMention(Trigger.POOR_SLEEP, null));
        assertThat(before.activeCheckIns()).isEqualTo(1);
        assertThat(before.missedStrategies()).containsExactly(new StrategyName(Strategy.HEAT, null));
    }
}
