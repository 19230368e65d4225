package org.legible.insights;

import java.util.List;
import java.util.Optional;

/**
 * Mean pain in one group (days with a strategy, evening check-ins, days after a short night) against the rest, and a
 * 90% interval for the difference (with minus without; below zero means less pain with it): over days in order one
 * that allows for neighbouring days being alike ({@link #overDays}), otherwise a percentile bootstrap ({@link #of}).
 * The counts are days, or check-ins where the page says so. "Happens with" is not "causes".
 */
public record Comparison(
        int daysWith,
        int daysWithout,
        double meanWith,
        double meanWithout,
        double difference,
        double low,
        double high) {

    /** The whole interval is below zero: lower pain on days with it, beyond what chance reshuffling gives. */
    public boolean clearlyLower() {
        return high < 0;
    }

    public boolean clearlyHigher() {
        return low > 0;
    }

    /** Fewer values than this on either side gives no comparison. */
    public static final int MIN_EACH = 5;

    /** Empty unless both groups have at least {@link #MIN_EACH} values. */
    static Optional<Comparison> of(List<Double> with, List<Double> without) {
        if (with.size() < MIN_EACH || without.size() < MIN_EACH) {
            return Optional.empty();
        }
        double[] a = values(with);
        double[] b = values(without);
        double meanWith = Bootstrap.mean(a);
        double meanWithout = Bootstrap.mean(b);
        double[] interval = Bootstrap.differenceOfMeans90(a, b);
        return Optional.of(new Comparison(
                a.length, b.length, meanWith, meanWithout, meanWith - meanWithout, interval[0], interval[1]));
    }

    /**
     * Days in order, each in the group or not: the same means, with an interval that allows for neighbouring days being
     * alike ({@link SerialInterval}). Empty unless both sides have at least {@link #MIN_EACH} days.
     */
    static Optional<Comparison> overDays(List<Double> values, List<Boolean> inGroup) {
        double[] series = values(values);
        boolean[] group = new boolean[series.length];
        List<Double> with = new java.util.ArrayList<>();
        List<Double> without = new java.util.ArrayList<>();
        for (int i = 0; i < series.length; i++) {
            group[i] = inGroup.get(i);
            (group[i] ? with : without).add(series[i]);
        }
        if (with.size() < MIN_EACH || without.size() < MIN_EACH) {
            return Optional.empty();
        }
        double meanWith = meanOf(with);
        double meanWithout = meanOf(without);
        double[] interval = SerialInterval.differenceOfMeans90(series, group);
        return Optional.of(new Comparison(
                with.size(), without.size(), meanWith, meanWithout, meanWith - meanWithout, interval[0], interval[1]));
    }

    /** The mean {@link #of} gives the group, to the last bit, without drawing an interval. */
    static double meanOf(List<Double> values) {
        return Bootstrap.mean(values(values));
    }

    private static double[] values(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Higher by at least {@code points} on average and the whole interval above zero: what a page may state in words.
     */
    public boolean higherBy(double points) {
        return clearlyHigher() && difference >= points;
    }
}
