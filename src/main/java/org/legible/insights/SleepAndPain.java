package org.legible.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.hipparchus.stat.descriptive.rank.Median;
import org.legible.diary.CheckIn;
import org.legible.diary.Vocabulary.WokeBy;

/**
 * Sleep and the next day's pain (issue 3 §5). A check-in's sleep describes the night before its diary day, so each
 * night is paired with the mean pain of the day after it. Nights are compared with the person's own median: shorter
 * (or poorer) than their usual against the rest, with a 90% bootstrap interval. Nights woken count diary days on
 * which a check-in said leg pain, cramps, restless legs or something else woke them.
 *
 * @param nights days with sleep hours or quality and a pain score
 * @param medianHours the person's median hours over these nights, if any were given
 * @param medianQuality the person's median quality, if any was given
 */
public record SleepAndPain(
        int nights,
        List<Band> byHours,
        List<Band> byQuality,
        BigDecimal medianHours,
        Double medianQuality,
        Optional<Comparison> shorterNights,
        Optional<Comparison> poorerNights,
        int nightsAnswered,
        Map<WokeBy, Integer> nightsWoken) {

    public SleepAndPain {
        byHours = List.copyOf(byHours);
        byQuality = List.copyOf(byQuality);
        nightsWoken = Map.copyOf(nightsWoken);
    }

    /** Nights in one band of hours or quality and the mean pain of the days after them. */
    public record Band(String code, int nights, double meanPain) {}

    private record BandRule(String code, Predicate<Double> holds) {}

    private static final List<BandRule> HOUR_BANDS = List.of(
            new BandRule("under5", h -> h < 5),
            new BandRule("5to6", h -> h >= 5 && h < 6),
            new BandRule("6to7", h -> h >= 6 && h < 7),
            new BandRule("7to8", h -> h >= 7 && h < 8),
            new BandRule("8plus", h -> h >= 8));
    private static final List<BandRule> QUALITY_BANDS = List.of(
            new BandRule("0to3", q -> q <= 3),
            new BandRule("4to6", q -> q >= 4 && q <= 6),
            new BandRule("7to10", q -> q >= 7));

    public boolean any() {
        return nights > 0 || nightsAnswered > 0;
    }

    public int woken(WokeBy reason) {
        return nightsWoken.getOrDefault(reason, 0);
    }

    public static SleepAndPain of(List<DaySummary> days, List<CheckIn> checkIns) {
        List<double[]> hours = new ArrayList<>();
        List<double[]> quality = new ArrayList<>();
        for (DaySummary day : days) {
            if (day.sleepHours() != null) {
                hours.add(new double[] {day.sleepHours().doubleValue(), day.meanPain()});
            }
            if (day.sleepQuality() != null) {
                quality.add(new double[] {day.sleepQuality(), day.meanPain()});
            }
        }
        Double medianHours = median(hours);
        Double medianQuality = median(quality);
        Map<LocalDate, Set<WokeBy>> wokenOn = new HashMap<>();
        for (CheckIn checkIn : checkIns) {
            if (!checkIn.details().sleep().isEmpty()) {
                wokenOn.computeIfAbsent(checkIn.details().diaryDay(), d -> EnumSet.noneOf(WokeBy.class))
                        .addAll(checkIn.details().sleep().wokeBy());
            }
        }
        Map<WokeBy, Integer> woken = new EnumMap<>(WokeBy.class);
        wokenOn.values().forEach(reasons -> reasons.forEach(r -> woken.merge(r, 1, Integer::sum)));
        int nights = (int) days.stream()
                .filter(d -> d.sleepHours() != null || d.sleepQuality() != null)
                .count();
        return new SleepAndPain(
                nights,
                bands(hours, HOUR_BANDS),
                bands(quality, QUALITY_BANDS),
                medianHours == null ? null : BigDecimal.valueOf(medianHours).stripTrailingZeros(),
                medianQuality,
                belowMedian(hours, medianHours),
                belowMedian(quality, medianQuality),
                wokenOn.size(),
                woken);
    }

    private static Double median(List<double[]> pairs) {
        if (pairs.isEmpty()) {
            return null;
        }
        return new Median().evaluate(pairs.stream().mapToDouble(p -> p[0]).toArray());
    }

    private static List<Band> bands(List<double[]> pairs, List<BandRule> rules) {
        List<Band> bands = new ArrayList<>();
        for (BandRule rule : rules) {
            double[] pain = pairs.stream()
                    .filter(p -> rule.holds().test(p[0]))
                    .mapToDouble(p -> p[1])
                    .toArray();
            if (pain.length > 0) {
                bands.add(new Band(rule.code(), pain.length, Bootstrap.mean(pain)));
            }
        }
        return bands;
    }

    private static Optional<Comparison> belowMedian(List<double[]> pairs, Double median) {
        if (median == null) {
            return Optional.empty();
        }
        List<Double> pain = new ArrayList<>();
        List<Boolean> belowIt = new ArrayList<>();
        for (double[] pair : pairs) {
            pain.add(pair[1]);
            belowIt.add(pair[0] < median);
        }
        return Comparison.overDays(pain, belowIt);
    }
}
