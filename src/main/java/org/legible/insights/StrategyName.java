package org.legible.insights;

import java.util.Locale;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.Vocabulary.Strategy;

/**
 * A strategy as the person knows it: one of the vocabulary, or their own by name (as first written); or a medication
 * by its name, which "What seems to help" sets against the pain like a strategy (issue 29).
 */
public record StrategyName(Strategy strategy, String ownName, String medication) {

    public StrategyName(Strategy strategy, String ownName) {
        this(strategy, ownName, null);
    }

    public static StrategyName of(StrategyUse use) {
        return new StrategyName(use.strategy(), use.ownName());
    }

    public static StrategyName of(MedicationUse use) {
        return new StrategyName(null, null, use.name());
    }

    /**
     * Own names that differ only in case or surrounding spaces are the same strategy; the key an effect window is
     * kept under (diary.EffectWindows).
     */
    public String key() {
        if (medication != null) {
            return "med:" + medication.strip().toLowerCase(Locale.ROOT);
        }
        return strategy != null ? strategy.code() : "own:" + ownName.strip().toLowerCase(Locale.ROOT);
    }
}
