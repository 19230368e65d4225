package org.legible.checkup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.insights.patterns.Explanation;
import org.legible.insights.patterns.Mechanism;

/**
 * A strategy worth trying for the mechanisms a check-up points to, with the strength of evidence EULAR 2016 gives it
 * for fibromyalgia (docs/clinical-basis.md, "Strategies"). What each involves and its evidence are worded under
 * {@code checkup.strategy.<code>.*}. Exercise built up slowly is the one strong recommendation, so it is always
 * suggested; the rest follow the mechanisms, and a strategy EULAR did not rate says so. Relaxation is not rated:
 * EULAR's weak recommendation went to mindfulness programmes and meditative movement, not to relaxation itself.
 * Heat is never suggested.
 */
public record Suggestion(Strategy strategy, Strength strength) {

    /** EULAR 2016's rating for fibromyalgia. */
    public enum Strength {
        STRONG_FOR,
        WEAK_FOR,
        NOT_RATED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The suggestions for these patterns: exercise first, then each pattern's own, once each. */
    public static List<Suggestion> forPatterns(List<Explanation> explanations) {
        List<Suggestion> suggestions = new ArrayList<>();
        suggestions.add(new Suggestion(Strategy.LOW_IMPACT_EXERCISE, Strength.STRONG_FOR));
        for (Explanation explanation : explanations) {
            for (Suggestion suggestion : forMechanism(explanation.mechanism())) {
                if (suggestions.stream().noneMatch(s -> s.strategy() == suggestion.strategy())) {
                    suggestions.add(suggestion);
                }
            }
        }
        return List.copyOf(suggestions);
    }

    private static List<Suggestion> forMechanism(Mechanism mechanism) {
        return switch (mechanism) {
            case CENTRAL_SENSITISATION ->
                List.of(
                        new Suggestion(Strategy.REST_PACING, Strength.NOT_RATED),
                        new Suggestion(Strategy.RELAXATION, Strength.NOT_RATED));
            case SLEEP ->
                List.of(
                        new Suggestion(Strategy.SLEEP_ROUTINE, Strength.NOT_RATED),
                        new Suggestion(Strategy.RELAXATION, Strength.NOT_RATED));
            case RESTLESS_LEGS -> List.of(new Suggestion(Strategy.STRETCHING, Strength.NOT_RATED));
            case PLANTAR_HEEL -> List.of(new Suggestion(Strategy.FOOTWEAR_INSOLES, Strength.NOT_RATED));
            // Heat is suggested for none: cold or colour-changing feet fire the autonomic pattern, and beside a cold,
            // pale or numb foot heat can burn unfelt (docs/clinical-basis.md, "Heat").
            case AUTONOMIC, SMALL_FIBRE, INFLAMMATORY_ARTHRITIS, OSTEOARTHRITIS, GAIT -> List.of();
        };
    }
}
