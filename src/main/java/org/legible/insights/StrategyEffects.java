package org.legible.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.legible.diary.EffectWindow;
import org.legible.diary.Vocabulary.Helped;

/**
 * For each strategy used in a period: how often, how the person rated it, and pain on days with it against days
 * without it the same day (issue 3 §6), and over the days its effect window reaches against the days it does not
 * (issue 29: the person's window, or its kind's default). Only days with a check-in count as outcomes, so a missed
 * day is never read as a pain-free one; a day without a check-in counts as a day without the strategy for the days
 * its window would reach (docs/statistics.md).
 */
public final class StrategyEffects {

    /** Fewer days than this on either side gives no comparison, only how many more days it needs. */
    public static final int MIN_DAYS = Comparison.MIN_EACH;

    private StrategyEffects() {}

    /** As below, with every strategy counted over its kind's default window. */
    public static List<StrategyEffect> measure(List<DaySummary> days, LocalDate from, LocalDate to) {
        return measure(days, from, to, Map.of());
    }

    /**
     * Most-used first; {@code days} may start before {@code from}, where uses reach into the period, and go past
     * {@code to}; {@code chosen} the person's windows by {@link StrategyName#key()}.
     */
    public static List<StrategyEffect> measure(
            List<DaySummary> days, LocalDate from, LocalDate to, Map<String, EffectWindow> chosen) {
        List<DaySummary> inPeriod = days.stream()
                .filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
                .toList();
        Map<String, StrategyName> names = new LinkedHashMap<>();
        Map<String, List<Helped>> rated = new HashMap<>();
        Map<String, Set<LocalDate>> usedOn = new HashMap<>();
        Map<String, Set<LocalDate>> usedAnyDay = new HashMap<>();
        for (DaySummary day : days) {
            uses(day)
                    .forEach(use -> usedAnyDay
                            .computeIfAbsent(use.name().key(), k -> new HashSet<>())
                            .add(day.day()));
        }
        for (DaySummary day : inPeriod) {
            for (Use use : uses(day)) {
                String key = use.name().key();
                names.putIfAbsent(key, use.name());
                List<Helped> ratings = rated.computeIfAbsent(key, k -> new ArrayList<>());
                if (use.helped() != null) {
                    ratings.add(use.helped());
                }
                usedOn.computeIfAbsent(key, k -> new HashSet<>()).add(day.day());
            }
        }
        List<StrategyEffect> effects = new ArrayList<>();
        names.forEach((key, name) -> {
            Set<LocalDate> used = usedOn.get(key);
            List<Helped> ratings = rated.get(key);
            int daysWithout = inPeriod.size() - used.size();
            EffectWindow window = chosen.getOrDefault(key, defaultWindow(name));
            Set<LocalDate> anyDay = usedAnyDay.get(key);
            effects.add(new StrategyEffect(
                    name,
                    used.size(),
                    ratings.size(),
                    (int) ratings.stream()
                            .filter(h -> h == Helped.A_LITTLE || h == Helped.A_LOT)
                            .count(),
                    (int) ratings.stream().filter(h -> h == Helped.WORSE).count(),
                    compare(inPeriod, d -> used.contains(d.day())),
                    window,
                    compare(inPeriod, d -> reached(anyDay, d.day(), window)),
                    Math.max(0, MIN_DAYS - used.size()),
                    Math.max(0, MIN_DAYS - daysWithout)));
        });
        effects.sort(Comparator.comparingInt(StrategyEffect::daysUsed).reversed());
        return effects;
    }

    /** A strategy or a medication taken on a day, and what the person said of it. */
    private record Use(StrategyName name, Helped helped) {}

    /** The day's strategies, then its medications, each by name. */
    private static List<Use> uses(DaySummary day) {
        List<Use> uses = new ArrayList<>();
        day.strategies().forEach(s -> uses.add(new Use(StrategyName.of(s), s.helped())));
        day.medications().forEach(m -> uses.add(new Use(StrategyName.of(m), m.helped())));
        return uses;
    }

    /** The vocabulary's default for its kind; the person's own strategies and their medications the same day. */
    public static EffectWindow defaultWindow(StrategyName name) {
        return name.strategy() == null ? EffectWindow.SAME_DAY : EffectWindow.defaultFor(name.strategy());
    }

    /** Whether a use on some day reaches {@code day} through the window. */
    private static boolean reached(Set<LocalDate> used, LocalDate day, EffectWindow window) {
        for (int after = window.startsAfterDays(); after <= window.lastDayAfter(); after++) {
            if (used.contains(day.minusDays(after))) {
                return true;
            }
        }
        return false;
    }

    /** Each day's pain, in or out of the group, in diary order. */
    private static Optional<Comparison> compare(List<DaySummary> days, Predicate<DaySummary> inGroup) {
        return Comparison.overDays(
                days.stream().map(DaySummary::meanPain).toList(),
                days.stream().map(inGroup::test).toList());
    }
}
