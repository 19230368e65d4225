package org.legible.insights;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * A 90% interval for the difference of two groups' means in a series of days, allowing that neighbouring days are
 * alike (docs/statistics.md). A bad day tends to follow a bad day, so twenty days in a row carry less news than twenty
 * days apart; an interval that treats them as independent is too narrow, and a diary with no effect at all would
 * "show" one in about a third of tries. Here the days are taken as a first-order autoregressive series in the order
 * given (days without a value are skipped, which can only make neighbours look less alike, never more):
 *
 * <ol>
 *   <li>the lag-one correlation ρ of the residuals from the two groups' means, corrected for its small-sample bias
 *       (+ (1 + 4ρ) / n, a little over the first-order (1 + 3ρ) / n) with a margin of 0.05 for its own uncertainty,
 *       both chosen by the calibration, and kept within 0 to 0.95;
 *   <li>the spread σ² from the residuals, divided by what they would hold under that correlation (n − tr(HR)),
 *       not n − 2;
 *   <li>the variance of the difference σ² c′Rc, with c the contrast (1/n₁ on one group, −1/n₂ on the other) and
 *       R<sub>ij</sub> = ρ<sup>|i−j|</sup>;
 *   <li>Student's t at 95% with n(1 − ρ)/(1 + ρ) − 2 degrees of freedom (at least 1): the days' effective number.
 * </ol>
 *
 * Its calibration on simulated diaries is {@code insights.CalibrationTest}.
 */
final class SerialInterval {

    static final double MAX_CORRELATION = 0.95;

    /**
     * Added to the bias-corrected correlation: the estimate from a few weeks is itself uncertain, and without this the
     * intervals of four-week experiments missed 11–14% of the time instead of 10% (docs/statistics.md, "Calibration").
     */
    static final double MARGIN = 0.05;

    private SerialInterval() {}

    /**
     * {@code values} in day order, {@code inGroup} true for the first group; both groups must hold at least two days.
     * Returns the interval's low and high ends of (mean of the group − mean of the rest), then the correlation used.
     */
    static double[] differenceOfMeans90(double[] values, boolean[] inGroup) {
        int n = values.length;
        double sumIn = 0;
        double sumOut = 0;
        int countIn = 0;
        for (int i = 0; i < n; i++) {
            if (inGroup[i]) {
                sumIn += values[i];
                countIn++;
            } else {
                sumOut += values[i];
            }
        }
        int countOut = n - countIn;
        if (countIn < 2 || countOut < 2) {
            throw new IllegalArgumentException("each group needs two days");
        }
        double meanIn = sumIn / countIn;
        double meanOut = sumOut / countOut;
        double[] residuals = new double[n];
        double squares = 0;
        for (int i = 0; i < n; i++) {
            residuals[i] = values[i] - (inGroup[i] ? meanIn : meanOut);
            squares += residuals[i] * residuals[i];
        }
        double rho = 0;
        if (squares > 0) {
            double lagged = 0;
            for (int i = 1; i < n; i++) {
                lagged += residuals[i] * residuals[i - 1];
            }
            double raw = lagged / squares;
            rho = Math.min(Math.max(raw + (1 + 4 * raw) / n + MARGIN, 0), MAX_CORRELATION);
        }
        double[] contrast = new double[n];
        double[] first = new double[n];
        double[] second = new double[n];
        for (int i = 0; i < n; i++) {
            contrast[i] = inGroup[i] ? 1.0 / countIn : -1.0 / countOut;
            first[i] = inGroup[i] ? 1 : 0;
            second[i] = inGroup[i] ? 0 : 1;
        }
        double traceHR = quadratic(first, rho) / countIn + quadratic(second, rho) / countOut;
        double spread = squares / Math.max(n - traceHR, 1);
        double standardError = Math.sqrt(spread * quadratic(contrast, rho));
        double degrees = Math.max(1, n * (1 - rho) / (1 + rho) - 2);
        double t = new TDistribution(degrees).inverseCumulativeProbability(0.95);
        double difference = meanIn - meanOut;
        return new double[] {difference - t * standardError, difference + t * standardError, rho};
    }

    /**
     * c′Rc for R<sub>ij</sub> = ρ<sup>|i−j|</sup>, in one pass: the sum over i &lt; j of c<sub>i</sub>ρ<sup>j−i</sup>
     * for each j is ρ times the same sum for j − 1 plus c<sub>j−1</sub>.
     */
    static double quadratic(double[] c, double rho) {
        double total = 0;
        double carried = 0;
        for (int j = 0; j < c.length; j++) {
            if (j > 0) {
                carried = rho * (carried + c[j - 1]);
            }
            total += c[j] * c[j] + 2 * c[j] * carried;
        }
        return total;
    }
}
