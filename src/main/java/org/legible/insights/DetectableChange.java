package org.legible.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What a planned block experiment can hope to tell, said before it starts (issue 28): from the person's own recent
 * days, how far their pain moves from day to day and how much one day is like the next; then, on many diaries
 * simulated with those ups and downs and the experiment's own days, the smallest change in daily pain that the
 * experiment's interval calls clear four times in five ("with your usual ups and downs, these weeks can show a change
 * of about 1.5 points"). The simulation runs the same analysis the result will ({@link Comparison#overDays}), so what
 * is promised is what the result page will do; it assumes a check-in every day, and missed days make it harder.
 *
 * <p>A change added to every day of arm A moves the difference of means by that much and leaves the residuals, and so
 * the interval's width, as they were: a simulated diary sees a fall of x as clear exactly when x is larger than the
 * upper end of its interval with no change. One analysis per simulated diary therefore gives the chance for every x.
 *
 * @param points the smallest fall in daily pain called clear in 80% of the simulated experiments
 * @param spread the person's day-to-day spread of daily mean pain (a standard deviation)
 * @param correlation how alike one day is to the next
 * @param upperEnds each simulated experiment's upper end of the interval with no change, lowest first
 */
public record DetectableChange(double points, double spread, double correlation, List<Double> upperEnds) {

    public DetectableChange {
        upperEnds = List.copyOf(upperEnds);
    }

    /** Fewer recent days than this give no estimate. */
    public static final int MIN_RECENT_DAYS = 14;

    static final int SIMULATIONS = 400;
    static final double POWER = 0.8;
    private static final long SEED = 0x45787065726DL;

    /** {@code recent}: the person's days before the start, in order. Empty with fewer than {@link #MIN_RECENT_DAYS}. */
    public static Optional<DetectableChange> of(List<DaySummary> recent, BlockSchedule schedule) {
        if (recent.size() < MIN_RECENT_DAYS) {
            return Optional.empty();
        }
        int n = recent.size();
        double mean =
                recent.stream().mapToDouble(DaySummary::meanPain).average().orElseThrow();
        double squares = 0;
        double lagged = 0;
        double previous = 0;
        for (int i = 0; i < n; i++) {
            double residual = recent.get(i).meanPain() - mean;
            squares += residual * residual;
            if (i > 0) {
                lagged += residual * previous;
            }
            previous = residual;
        }
        double rho = 0;
        if (squares > 0) {
            double raw = lagged / squares;
            rho = Math.min(Math.max(raw + (1 + 3 * raw) / n, 0), SerialInterval.MAX_CORRELATION);
        }
        // The spread of single days, as the interval takes it (n − 1′R1/n rather than n − 1).
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        double spread = Math.sqrt(squares / Math.max(n - SerialInterval.quadratic(ones, rho) / n, 1));
        return Optional.of(simulate(schedule, spread, rho));
    }

    /** The experiment's counted days, simulated {@link #SIMULATIONS} times with this spread and correlation. */
    static DetectableChange simulate(BlockSchedule schedule, double spread, double rho) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Boolean> onA = new ArrayList<>();
        List<Integer> counted = new ArrayList<>();
        for (int i = 0; i < schedule.totalDays(); i++) {
            BlockSchedule.Place place =
                    schedule.on(schedule.start().plusDays(i)).orElseThrow();
            if (!place.washout()) {
                counted.add(i);
                onA.add(place.arm() == BlockSchedule.Arm.A);
            }
        }
        double[] upper = new double[SIMULATIONS];
        double innovation = spread * Math.sqrt(1 - rho * rho);
        for (int s = 0; s < SIMULATIONS; s++) {
            double[] day = new double[schedule.totalDays()];
            double level = gaussian(random) * spread;
            for (int i = 0; i < day.length; i++) {
                if (i > 0) {
                    level = rho * level + gaussian(random) * innovation;
                }
                day[i] = level;
            }
            List<Double> pain = new ArrayList<>();
            for (int i : counted) {
                pain.add(day[i]);
            }
            upper[s] = Comparison.overDays(pain, onA).map(Comparison::high).orElse(Double.POSITIVE_INFINITY);
        }
        Arrays.sort(upper);
        return new DetectableChange(
                upper[(int) Math.ceil(POWER * SIMULATIONS) - 1],
                spread,
                rho,
                Arrays.stream(upper).boxed().toList());
    }

    /** The share of such experiments expected to call a true fall of {@code points} clear (lower). */
    public double chanceToSee(double points) {
        int seen = 0;
        for (double end : upperEnds) {
            if (points > end) {
                seen++;
            }
        }
        return (double) seen / upperEnds.size();
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
