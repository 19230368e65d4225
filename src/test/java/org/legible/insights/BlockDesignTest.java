package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.legible.insights.Days.checkIn;
import static org.legible.insights.Days.day;
import static org.legible.insights.Days.details;
import static org.legible.insights.Days.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.insights.BlockSchedule.Arm;
import org.legible.insights.BlockSchedule.Place;

class BlockDesignTest {

    @Test
    void theOrderOfEachPairIsDrawnOnceAndTheSameSeedDrawsTheSameOrder() {
        BlockSchedule drawn = BlockSchedule.draw(day(0), 7, 4, 2, new Random(11));

        assertThat(BlockSchedule.draw(day(0), 7, 4, 2, new Random(11))).isEqualTo(drawn);
        assertThat(drawn.pairs()).isEqualTo(4);
        assertThat(drawn.totalDays()).isEqualTo(56);
        assertThat(drawn.lastDay()).isEqualTo(day(55));
        // Over many draws every pair comes out A-first about half the time.
        Random random = new Random(12);
        int aFirst = 0;
        for (int i = 0; i < 1000; i++) {
            aFirst += BlockSchedule.draw(day(0), 3, 2, 0, random).firstInPair().get(1) == Arm.A ? 1 : 0;
        }
        assertThat(aFirst).isBetween(450, 550);
    }

    @Test
    void eachDayKnowsItsBlockItsArmAndWhetherItIsAWashOutDay() {
        BlockSchedule schedule = new BlockSchedule(day(0), 4, 1, List.of(Arm.A, Arm.B));

        assertThat(schedule.on(day(0))).contains(new Place(0, 0, Arm.A, 0, true, day(0)));
        assertThat(schedule.on(day(5))).contains(new Place(1, 0, Arm.B, 1, false, day(4)));
        assertThat(schedule.on(day(8))).contains(new Place(2, 1, Arm.B, 0, true, day(8)));
        assertThat(schedule.on(day(15))).contains(new Place(3, 1, Arm.A, 3, false, day(12)));
        assertThat(schedule.on(day(16))).isEmpty();
        assertThat(schedule.on(day(-1))).isEmpty();
    }

    @Test
    void aDesignOutsideItsLimitsIsRefused() {
        assertThatThrownBy(() -> new BlockSchedule(day(0), 2, 0, List.of(Arm.A, Arm.B)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockSchedule(day(0), 8, 0, List.of(Arm.A, Arm.B)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockSchedule(day(0), 7, 0, List.of(Arm.A)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockSchedule(day(0), 7, 0, List.of(Arm.A, Arm.B, Arm.A, Arm.B, Arm.A)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockSchedule(day(0), 4, 3, List.of(Arm.A, Arm.B)))
                .as("a wash-out leaving one day of a block")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOnAndOffExperimentWorkedByHand() {
        // Blocks of 4 days, the first of each a wash-out day: A 0–3, B 4–7, B 8–11, A 12–15. Counted pain: A's days
        // 2 3 2 … 3 2 3 (mean 2.5), B's 5 6 5 6 5 6 (mean 5.5). Heat on A's days but the last, and on B's wash-out day
        // 4.
        int[] pain = {9, 2, 3, 2, 9, 5, 6, 5, 9, 6, 5, 6, 9, 3, 2, 3};
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d = 0; d < 16; d++) {
            Days.Builder builder = details(d, pain[d]);
            if ((d < 4 || (d >= 12 && d < 15)) || d == 4) {
                builder.strategies(strategy(Strategy.HEAT, Helped.A_LITTLE));
            }
            checkIns.add(checkIn(d, 9, builder.build()));
        }
        BlockSchedule schedule = new BlockSchedule(day(0), 4, 1, List.of(Arm.A, Arm.B));

        BlockOutcome outcome = BlockOutcome.of(checkIns, schedule, day(15), Strategy.HEAT, null);

        assertThat(outcome.daysSoFar()).isEqualTo(16);
        assertThat(outcome.daysCounted()).isEqualTo(12);
        assertThat(outcome.daysRecordedA()).isEqualTo(8);
        assertThat(outcome.followedA()).isEqualTo(7);
        assertThat(outcome.followedB()).isEqualTo(7);
        Comparison difference = outcome.difference().orElseThrow();
        assertThat(difference.difference()).isCloseTo(-3.0, within(1e-9));
        // src/benchmark/python/serial_interval_check.py on the 12 counted days: no correlation left, 10 df.
        assertThat(difference.low()).isCloseTo(-3.5731505318591057, within(1e-9));
        assertThat(difference.high()).isCloseTo(-2.4268494681408943, within(1e-9));
        assertThat(outcome.pairsCompared()).isEqualTo(2);
        // The four orders give −3, 0, 0 and +3: two of four as far from zero.
        assertThat(outcome.randomisationP()).isEqualTo(0.5);
        assertThat(outcome.verdict()).isEqualTo(BlockOutcome.Verdict.LOWER);

        BlockOutcome early = BlockOutcome.of(checkIns, schedule, day(7), Strategy.HEAT, null);
        assertThat(early.verdict()).as("one pair so far").isEqualTo(BlockOutcome.Verdict.TOO_FEW_DAYS);
        assertThat(early.randomisationP()).isNull();
    }

    /** Daily pain as in CalibrationTest: around 5, spread 1.5, correlation 0.6. */
    private static List<CheckIn> simulated(
            Random random, int days, BlockSchedule schedule, int startOffset, double effect) {
        double[] pain = CalibrationTest.diary(random, days, CalibrationTest.CORRELATION);
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            double value = pain[d];
            var place = schedule.on(day(d));
            if (place.isPresent() && place.get().arm() == Arm.A) {
                value += effect;
            }
            // A check-in holds a whole number; two a day keep a half.
            int low = (int) Math.floor(Math.max(0, Math.min(10, value)));
            int high = (int) Math.round(Math.max(0, Math.min(20, 2 * value))) - low;
            checkIns.add(checkIn(d, 8, details(d, low).build()));
            checkIns.add(checkIn(
                    d, 20, details(d, Math.max(0, Math.min(10, high))).build()));
        }
        return checkIns;
    }

    @Test
    void onSimulatedDiariesTheDesignFindsNoEffectAboutOneTimeInTenAndAPlantedOneAsOftenAsItSaidBeforehand() {
        Random random = new Random(40);
        int diaries = 400;
        int falseFinds = 0;
        int found = 0;
        double promised = 0;
        double points = 0;
        for (int i = 0; i < diaries; i++) {
            // 60 days before the start, then 2 pairs of 7-day blocks (four weeks), no wash-out.
            BlockSchedule schedule = BlockSchedule.draw(day(60), 7, 2, 0, random);
            List<CheckIn> none = simulated(random, 88, schedule, 60, 0);
            List<DaySummary> before = DaySummaries.of(none).subList(0, 60);
            DetectableChange change = DetectableChange.of(before, schedule).orElseThrow();
            promised += change.chanceToSee(1.0);
            points += change.points();
            BlockOutcome noEffect = BlockOutcome.of(none, schedule, schedule.lastDay(), Strategy.HEAT, null);
            if (noEffect.verdict() == BlockOutcome.Verdict.LOWER || noEffect.verdict() == BlockOutcome.Verdict.HIGHER) {
                falseFinds++;
            }
            List<CheckIn> planted = simulated(random, 88, schedule, 60, -1.0);
            if (BlockOutcome.of(planted, schedule, schedule.lastDay(), Strategy.HEAT, null)
                            .verdict()
                    == BlockOutcome.Verdict.LOWER) {
                found++;
            }
        }
        double falseRate = (double) falseFinds / diaries;
        double foundRate = (double) found / diaries;
        System.out.printf(
                "calibration, blocks 2 × (7 + 7) days, correlation 0.6: no effect called clear %.3f; a 1-point fall"
                        + " found %.3f, promised %.3f beforehand; detectable change %.2f points%n",
                falseRate, foundRate, promised / diaries, points / diaries);

        assertThat(falseRate).isLessThan(0.13);
        assertThat(foundRate).isCloseTo(promised / diaries, within(0.08));
    }
}
