package org.legible.insights;

import java.util.SplittableRandom;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Percentile bootstrap for a difference of two means: resample each group with replacement, take the 5th and 95th
 * percentiles of the resampled differences (a 90% interval). The seed is fixed so the same days always give the
 * same interval, which a report printed twice must.
 */
final class Bootstrap {

    static final int RESAMPLES = 2000;
    private static final long SEED = 0x4C656769626C65L;

    private Bootstrap() {}

    static double[] differenceOfMeans90(double[] with, double[] without) {
        if (with.length == 0 || without.length == 0) {
            throw new IllegalArgumentException("both groups need values");
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] differences = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            differences[i] = resampledMean(with, random) - resampledMean(without, random);
        }
        Percentile percentile = new Percentile();
        percentile.setData(differences);
        return new double[] {percentile.evaluate(5), percentile.evaluate(95)};
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double resampledMean(double[] values, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }
}
