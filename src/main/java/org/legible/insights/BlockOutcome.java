package org.legible.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.insights.BlockSchedule.Arm;
import org.legible.insights.BlockSchedule.Place;

/**
 * How a randomised block experiment went so far (issue 28, docs/statistics.md): daily mean leg and foot pain on arm
 * A's days against arm B's, wash-out days left out, with the interval for days that run together; a randomisation test
 * over the orders the pairs could have been drawn in; and how often each arm was followed, recorded, not assumed. The
 * verdict never says "it works": lower, higher, no clear difference, or too few days yet.
 *
 * @param daysSoFar experiment days up to its last day or today
 * @param daysCounted of those, days with a check-in outside the wash-out days
 * @param difference A's days against B's (A minus B; below zero means less pain on A's days)
 * @param pairsCompared pairs with a counted day in both of their blocks
 * @param randomisationP of all the orders the compared pairs could have been drawn in, the share giving a difference
 *     at least as large either way; null with fewer than two pairs compared
 * @param followedA A's days (wash-out included) with a check-in that recorded A
 * @param followedB B's days with a check-in that recorded B, or for "on and off" that did not record A; for two ways
 *     of one strategy, each arm's days with a check-in the person said they followed
 */
public record BlockOutcome(
        int daysSoFar,
        int daysCounted,
        int daysRecordedA,
        int daysRecordedB,
        int followedA,
        int followedB,
        Optional<Comparison> difference,
        int pairsCompared,
        Double randomisationP,
        Verdict verdict) {

    public enum Verdict {
        LOWER,
        HIGHER,
        NO_CLEAR_DIFFERENCE,
        TOO_FEW_DAYS
    }

    /**
     * {@code checkIns} must cover the experiment's days up to {@code lastDay}; {@code b} is null for "on and off",
     * where B's days are the days without {@code a}.
     */
    public static BlockOutcome of(
            List<CheckIn> checkIns, BlockSchedule schedule, LocalDate lastDay, Strategy a, Strategy b) {
        return of(checkIns, schedule, lastDay, a, b, null);
    }

    /**
     * As above, but where {@code said} is given (an experiment of two ways, which ticking the strategy cannot tell
     * apart) a day counts as followed only when the person said so for it.
     */
    public static BlockOutcome of(
            List<CheckIn> checkIns,
            BlockSchedule schedule,
            LocalDate lastDay,
            Strategy a,
            Strategy b,
            Map<LocalDate, Boolean> said) {
        List<Place> places = new ArrayList<>();
        List<Double> pain = new ArrayList<>();
        int recordedA = 0;
        int recordedB = 0;
        int followedA = 0;
        int followedB = 0;
        for (DaySummary day : DaySummaries.of(checkIns)) {
            if (day.day().isAfter(lastDay)) {
                continue;
            }
            Optional<Place> place = schedule.on(day.day());
            if (place.isEmpty()) {
                continue;
            }
            boolean onA = place.get().arm() == Arm.A;
            boolean followed;
            if (said != null) {
                followed = Boolean.TRUE.equals(said.get(day.day()));
            } else if (onA) {
                followed = used(day, a);
            } else {
                followed = b == null ? !used(day, a) : used(day, b);
            }
            if (onA) {
                recordedA++;
                followedA += followed ? 1 : 0;
            } else {
                recordedB++;
                followedB += followed ? 1 : 0;
            }
            if (!place.get().washout()) {
                places.add(place.get());
                pain.add(day.meanPain());
            }
        }
        List<Boolean> onA = places.stream().map(p -> p.arm() == Arm.A).toList();
        Optional<Comparison> difference = Comparison.overDays(pain, onA);
        List<Integer> compared = comparedPairs(places, schedule.pairs());
        Double p = compared.size() < BlockSchedule.MIN_PAIRS ? null : randomisationP(places, pain, compared, schedule);
        Verdict verdict;
        if (difference.isEmpty() || compared.size() < BlockSchedule.MIN_PAIRS) {
            verdict = Verdict.TOO_FEW_DAYS;
        } else if (difference.get().clearlyLower()) {
            verdict = Verdict.LOWER;
        } else if (difference.get().clearlyHigher()) {
            verdict = Verdict.HIGHER;
        } else {
            verdict = Verdict.NO_CLEAR_DIFFERENCE;
        }
        long soFar = java.time.temporal.ChronoUnit.DAYS.between(schedule.start(), lastDay) + 1;
        return new BlockOutcome(
                (int) Math.max(0, Math.min(soFar, schedule.totalDays())),
                places.size(),
                recordedA,
                recordedB,
                followedA,
                followedB,
                difference,
                compared.size(),
                p,
                verdict);
    }

    /** How many orders the compared pairs could have been drawn in. */
    public int orders() {
        return 1 << pairsCompared;
    }

    /** Of those, how many give a difference at least as large as the one seen; 0 with no test. */
    public int ordersAsLarge() {
        return randomisationP == null ? 0 : (int) Math.round(randomisationP * orders());
    }

    private static boolean used(DaySummary day, Strategy strategy) {
        for (StrategyUse use : day.strategies()) {
            if (use.strategy() == strategy) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> comparedPairs(List<Place> places, int pairs) {
        List<Integer> compared = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            boolean first = false;
            boolean second = false;
            for (Place place : places) {
                if (place.pair() == pair) {
                    first |= place.block() % 2 == 0;
                    second |= place.block() % 2 == 1;
                }
            }
            if (first && second) {
                compared.add(pair);
            }
        }
        return compared;
    }

    /**
     * Every order the compared pairs could have been drawn in (2 to the number of pairs), each giving the days of A
     * and B their arms again: the share whose difference of means is at least as far from zero as the one observed.
     * With two pairs it cannot go below one half, which is why the verdict rests on the interval and this is shown
     * beside it.
     */
    private static double randomisationP(
            List<Place> places, List<Double> pain, List<Integer> compared, BlockSchedule schedule) {
        double observed = Math.abs(differenceIn(places, pain, compared, schedule.firstInPair()));
        int orders = 1 << compared.size();
        int asLarge = 0;
        for (int mask = 0; mask < orders; mask++) {
            List<Arm> order = new ArrayList<>(schedule.firstInPair());
            for (int i = 0; i < compared.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    int pair = compared.get(i);
                    order.set(pair, order.get(pair).other());
                }
            }
            if (Math.abs(differenceIn(places, pain, compared, order)) >= observed - 1e-9) {
                asLarge++;
            }
        }
        return (double) asLarge / orders;
    }

    /** Mean of A's counted days minus B's, in the compared pairs, had the pairs' first blocks been {@code order}. */
    private static double differenceIn(List<Place> places, List<Double> pain, List<Integer> compared, List<Arm> order) {
        double sumA = 0;
        double sumB = 0;
        int countA = 0;
        int countB = 0;
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            if (!compared.contains(place.pair())) {
                continue;
            }
            Arm first = order.get(place.pair());
            Arm arm = place.block() % 2 == 0 ? first : first.other();
            if (arm == Arm.A) {
                sumA += pain.get(i);
                countA++;
            } else {
                sumB += pain.get(i);
                countB++;
            }
        }
        return sumA / countA - sumB / countB;
    }
}
