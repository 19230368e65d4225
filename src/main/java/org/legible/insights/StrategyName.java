package org.legible.insights;

import java.util.Locale;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.Vocabulary.Strategy;

/** A strategy as the person knows it: one of the vocabulary, or their own by name (as first written). */
public record StrategyName(Strategy strategy, String ownName) {

    static StrategyName of(StrategyUse use) {
        return new StrategyName(use.strategy(), use.ownName());
    }

    /**
     * Own names that differ only in case or surrounding spaces are the same strategy; the key an effect window is
     * kept under (diary.EffectWindows).
     */
    public String key() {
        return strategy != null ? strategy.code() : "own:" + ownName.strip().toLowerCase(Locale.ROOT);
    }
}
