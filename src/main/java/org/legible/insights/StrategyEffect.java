package org.legible.insights;

import java.util.Optional;
import org.legible.diary.EffectWindow;

/**
 * What the days say about one strategy in a period: pain the same day, and over the days its effect {@code window}
 * reaches ({@code overWindow}, the same comparison when the window is the same day). Comparisons exist only with at least
 * {@link StrategyEffects#MIN_DAYS} days with and without it; otherwise the "more days needed" figures say how far off
 * they are.
 *
 * @param daysUsed diary days in the period with the strategy
 * @param ratedUses uses with a "helped" answer; {@code helpedUses} of them a little or a lot, {@code worseUses} worse
 */
public record StrategyEffect(
        StrategyName name,
        int daysUsed,
        int ratedUses,
        int helpedUses,
        int worseUses,
        Optional<Comparison> sameDay,
        EffectWindow window,
        Optional<Comparison> overWindow,
        int moreDaysWithNeeded,
        int moreDaysWithoutNeeded) {}
