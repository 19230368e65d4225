package org.legible.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoublePredicate;
import org.hipparchus.stat.descriptive.rank.Median;

/**
 * Pairs of (a measure, the pain that followed) split at the person's own median measure: the pain after the side
 * {@code chosen} picks against the pain after the rest ({@link Comparison}, with its interval and minimum days).
 */
record MedianSplit(double median, Optional<Comparison> comparison) {

    /**
     * {@code pairs} in day order, not empty; {@code chosen} decides, given the median, which measures form the group.
     */
    static MedianSplit of(List<double[]> pairs, java.util.function.DoubleFunction<DoublePredicate> chosen) {
        double median =
                new Median().evaluate(pairs.stream().mapToDouble(p -> p[0]).toArray());
        DoublePredicate inGroup = chosen.apply(median);
        List<Double> pain = new ArrayList<>();
        List<Boolean> inIt = new ArrayList<>();
        for (double[] pair : pairs) {
            pain.add(pair[1]);
            inIt.add(inGroup.test(pair[0]));
        }
        return new MedianSplit(median, Comparison.overDays(pain, inIt));
    }
}
