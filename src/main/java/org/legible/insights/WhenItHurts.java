package org.legible.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.legible.diary.CheckIn;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.TimeOfDay;

/**
 * When it hurts (issue 3 §4): mean overall pain of the check-ins made at each time of day and in each context. Here
 * each check-in counts once, not each day. A sentence such as "worse in the evening" is made only when the data says
 * so: that group's check-ins are at least {@value #STATED_POINTS} point above all the others that gave a time (or a
 * context), each side has at least {@value Comparison#MIN_EACH} check-ins, and the whole 90% interval is above zero.
 *
 * @param worseTime the time of day that is clearly worse, if one is
 * @param worseContext the context that is clearly worse, if one is
 * @param onTheMove check-ins standing, walking or after activity against those only at rest, sitting or lying down
 */
public record WhenItHurts(
        List<GroupPain<TimeOfDay>> byTime,
        List<GroupPain<PainContext>> byContext,
        Optional<Worse<TimeOfDay>> worseTime,
        Optional<Worse<PainContext>> worseContext,
        Optional<Comparison> onTheMove) {

    public static final double STATED_POINTS = 1.0;
    static final Set<PainContext> MOVING =
            EnumSet.of(PainContext.STANDING, PainContext.WALKING, PainContext.AFTER_ACTIVITY);

    public WhenItHurts {
        byTime = List.copyOf(byTime);
        byContext = List.copyOf(byContext);
    }

    /** Check-ins in one group and their mean overall pain. */
    public record GroupPain<K>(K key, int checkIns, double meanPain) {}

    /** A group clearly worse than the rest, with the comparison that shows it. */
    public record Worse<K>(K key, Comparison comparison) {}

    public boolean any() {
        return !byTime.isEmpty() || !byContext.isEmpty();
    }

    public static WhenItHurts of(List<CheckIn> checkIns) {
        List<CheckIn> timed =
                checkIns.stream().filter(c -> c.details().timeOfDay() != null).toList();
        List<CheckIn> placed =
                checkIns.stream().filter(c -> !c.details().contexts().isEmpty()).toList();
        List<Double> moving = new ArrayList<>();
        List<Double> resting = new ArrayList<>();
        for (CheckIn checkIn : placed) {
            boolean onTheMove = checkIn.details().contexts().stream().anyMatch(MOVING::contains);
            (onTheMove ? moving : resting).add((double) checkIn.details().overallPain());
        }
        return new WhenItHurts(
                groups(timed, TimeOfDay.values(), c -> Set.of(c.details().timeOfDay())),
                groups(placed, PainContext.values(), c -> c.details().contexts()),
                worst(timed, TimeOfDay.values(), c -> Set.of(c.details().timeOfDay())),
                worst(placed, PainContext.values(), c -> c.details().contexts()),
                Comparison.of(moving, resting));
    }

    private static <K> List<GroupPain<K>> groups(List<CheckIn> checkIns, K[] keys, Function<CheckIn, Set<K>> keysOf) {
        List<GroupPain<K>> groups = new ArrayList<>();
        for (K key : keys) {
            List<Double> pain = split(checkIns, key, keysOf, true);
            if (!pain.isEmpty()) {
                groups.add(new GroupPain<>(
                        key,
                        pain.size(),
                        pain.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
            }
        }
        return groups;
    }

    /**
     * The group furthest above the rest among those clearly at least {@value #STATED_POINTS} point above them. Only a
     * group whose mean is that far above can be stated, so the intervals (the costly part over a year of check-ins)
     * are drawn for those alone, largest difference first, and only until one is clear: the same answer as drawing
     * them all, since each interval has its own fixed seed.
     */
    private static <K> Optional<Worse<K>> worst(List<CheckIn> checkIns, K[] keys, Function<CheckIn, Set<K>> keysOf) {
        List<Candidate<K>> candidates = new ArrayList<>();
        for (K key : keys) {
            List<Double> with = split(checkIns, key, keysOf, true);
            List<Double> without = split(checkIns, key, keysOf, false);
            if (with.size() >= Comparison.MIN_EACH && without.size() >= Comparison.MIN_EACH) {
                double difference = Comparison.meanOf(with) - Comparison.meanOf(without);
                if (difference >= STATED_POINTS) {
                    candidates.add(new Candidate<>(key, with, without, difference));
                }
            }
        }
        // A stable sort: of equal differences the first in the keys' order wins, as it always has.
        candidates.sort(Comparator.comparingDouble(Candidate<K>::difference).reversed());
        for (Candidate<K> candidate : candidates) {
            Comparison comparison =
                    Comparison.of(candidate.with(), candidate.without()).orElseThrow();
            if (comparison.higherBy(STATED_POINTS)) {
                return Optional.of(new Worse<>(candidate.key(), comparison));
            }
        }
        return Optional.empty();
    }

    private record Candidate<K>(K key, List<Double> with, List<Double> without, double difference) {}

    private static <K> List<Double> split(
            List<CheckIn> checkIns, K key, Function<CheckIn, Set<K>> keysOf, boolean inGroup) {
        return checkIns.stream()
                .filter(c -> keysOf.apply(c).contains(key) == inGroup)
                .map(c -> (double) c.details().overallPain())
                .toList();
    }
}
