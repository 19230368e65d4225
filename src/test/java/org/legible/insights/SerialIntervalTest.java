package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The interval against cases worked by hand (and by an independent NumPy/SciPy script, docs/statistics.md). */
class SerialIntervalTest {

    private static boolean[] firstIn(int in, int n) {
        boolean[] group = new boolean[n];
        for (int i = 0; i < in; i++) {
            group[i] = true;
        }
        return group;
    }

    @Test
    void daysThatAlternateGiveNoCorrelationAndTheTextbookPooledTInterval() {
        // Residuals -1 1 -1 1 0 in each group: lag-one -6/8 = -0.75, corrected -0.875, kept at 0. Then the spread is
        // 8/(10 - 2) = 1, the standard error √(1/5 + 1/5), and t(8 df, 95%) = 1.8595: 3 ± 1.1761.
        double[] interval =
                SerialInterval.differenceOfMeans90(new double[] {5, 7, 5, 7, 6, 2, 4, 2, 4, 3}, firstIn(5, 10));

        assertThat(interval[2]).isZero();
        assertThat(interval[0]).isCloseTo(1.8239185565812184, within(1e-9));
        assertThat(interval[1]).isCloseTo(4.176081443418782, within(1e-9));
    }

    @Test
    void daysThatRunTogetherWidenTheInterval() {
        // Means 5.2 and 3; residual lag-one 1.76/6.8 = 0.2588, corrected by (1 + 4 × 0.2588)/11 and the margin 0.05
        // to 0.4939; 1.73 effective degrees of freedom, so the interval reaches below zero.
        double[] values = {6, 6, 5, 5, 4, 3, 3, 2, 2, 4, 4};
        double[] interval = SerialInterval.differenceOfMeans90(values, firstIn(5, 11));

        assertThat(interval[2]).isCloseTo(0.49385026737967913, within(1e-12));
        assertThat(interval[0]).isCloseTo(-0.6026498884090143, within(1e-9));
        assertThat(interval[1]).isCloseTo(5.002649888409015, within(1e-9));
    }

    @Test
    void theOnePassQuadraticFormIsTheDoubleSum() {
        Random random = new Random(5);
        double[] c = new double[40];
        for (int i = 0; i < c.length; i++) {
            c[i] = random.nextGaussian();
        }
        double rho = 0.63;
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c.length; j++) {
                sum += c[i] * c[j] * Math.pow(rho, Math.abs(i - j));
            }
        }

        assertThat(SerialInterval.quadratic(c, rho)).isCloseTo(sum, within(1e-9));
    }
}
