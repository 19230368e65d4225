package org.legible.experiments;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.legible.diary.Coded;
import org.legible.diary.FreeText;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment.Design;
import org.legible.insights.BlockSchedule;

/**
 * The one set of rules for an experiment's plan, whichever way it comes (the start form, a Legible export): every
 * problem is found, one per field, as a message key from messages.properties, so each refuses the same values in the
 * same words. Fields are named as in the form and the export (docs/export-format.md).
 */
public final class ExperimentRules {

    /** How far ahead a start can be planned. */
    public static final int MAX_DAYS_AHEAD = 28;

    /** What was typed or read, unchecked; blank or null where nothing was given. */
    public record Draft(
            String design,
            String strategy,
            String against,
            String startOn,
            String days,
            String blockDays,
            String pairs,
            String washoutDays,
            String wayA,
            String wayB) {}

    /**
     * A checked plan: {@code against} and the ways (each null where none was named) only for A against B; the block
     * fields zero for before and after.
     */
    public record Plan(
            Design design,
            Strategy strategy,
            Strategy against,
            LocalDate startOn,
            int days,
            int blockDays,
            int pairs,
            int washoutDays,
            String wayA,
            String wayB) {}

    /** One problem: where, and the message key with its arguments. */
    public record Problem(String field, String messageKey, Object[] args) {}

    /** Either the plan (no problems) or the problems, never both. */
    public record Checked(Plan plan, List<Problem> problems) {
        public boolean valid() {
            return plan != null;
        }
    }

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    private ExperimentRules() {}

    /**
     * Checks a new plan: its start is today or within {@link #MAX_DAYS_AHEAD} days. {@code today} null checks one
     * restored from an export, whose start may be any day.
     */
    public static Checked check(Draft draft, LocalDate today) {
        ExperimentRules rules = new ExperimentRules();
        Plan plan = rules.plan(draft, today);
        return rules.problems.isEmpty()
                ? new Checked(plan, List.of())
                : new Checked(null, List.copyOf(rules.problems.values()));
    }

    private Plan plan(Draft d, LocalDate today) {
        Design design = Design.of(
                        blankToNull(d.design()) == null ? "" : d.design().strip())
                .orElse(null);
        if (design == null) {
            add("design", "experiments.error.design");
        }
        Strategy strategy = strategy(d.strategy()).orElse(null);
        if (strategy == null) {
            add("strategy", "experiments.error.strategy");
        }
        LocalDate start = start(d.startOn(), today);
        if (design == null) {
            return null;
        }
        if (design == Design.BEFORE_AND_AFTER) {
            Integer days = number(d.days());
            if (days == null || !Experiment.LENGTHS.contains(days)) {
                add("days", "experiments.error.days");
            }
            return problems.isEmpty() ? new Plan(design, strategy, null, start, days, 0, 0, 0, null, null) : null;
        }
        Strategy against = null;
        String wayA = null;
        String wayB = null;
        if (design == Design.A_AGAINST_B) {
            wayA = way(d.wayA(), "wayA");
            wayB = way(d.wayB(), "wayB");
            against = strategy(d.against()).orElse(null);
            if (against == null) {
                add("against", "experiments.error.against");
            } else if (against == strategy) {
                // Two ways of one strategy (say, of taking a medicine) need a name each, and different names.
                sameStrategy(wayA, wayB);
            }
        }
        Integer blockDays = number(d.blockDays());
        if (blockDays == null || blockDays < BlockSchedule.MIN_BLOCK_DAYS || blockDays > BlockSchedule.MAX_BLOCK_DAYS) {
            add("blockDays", "experiments.error.blockDays", BlockSchedule.MIN_BLOCK_DAYS, BlockSchedule.MAX_BLOCK_DAYS);
        }
        Integer pairs = number(d.pairs());
        if (pairs == null || pairs < BlockSchedule.MIN_PAIRS || pairs > BlockSchedule.MAX_PAIRS) {
            add("pairs", "experiments.error.pairs", BlockSchedule.MIN_PAIRS, BlockSchedule.MAX_PAIRS);
        }
        Integer washout = blankToNull(d.washoutDays()) == null ? Integer.valueOf(0) : number(d.washoutDays());
        if (blockDays != null
                && !problems.containsKey("blockDays")
                && (washout == null || washout < 0 || washout > blockDays - 2)) {
            add("washoutDays", "experiments.error.washout", blockDays - 2);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Plan(design, strategy, against, start, 2 * pairs * blockDays, blockDays, pairs, washout, wayA, wayB);
    }

    /**
     * A against B of one strategy: fine for two ways of it (say, of taking a medicine) with a name each and different
     * names; with no ways named, the strategy chosen twice is the problem.
     */
    private void sameStrategy(String wayA, String wayB) {
        if (problems.containsKey("wayA") || problems.containsKey("wayB")) {
            return;
        }
        if (wayA == null && wayB == null) {
            add("against", "experiments.error.same");
        } else if (wayA == null || wayB == null) {
            add(wayA == null ? "wayA" : "wayB", "experiments.error.way.name");
        } else if (!Experiment.differentWays(wayA, wayB)) {
            add("wayB", "experiments.error.way.same");
        }
    }

    /** A way as kept: one line, control characters dropped, stripped; null when blank. */
    private String way(String text, String field) {
        String kept = FreeText.withoutControlCharacters(text);
        if (blankToNull(kept) == null) {
            return null;
        }
        kept = kept.strip().replaceAll("\\s+", " ");
        if (kept.length() > Experiment.Blocks.WAY_CHARACTERS) {
            add(field, "experiments.error.way.long", Experiment.Blocks.WAY_CHARACTERS);
            return null;
        }
        return kept;
    }

    private LocalDate start(String text, LocalDate today) {
        if (blankToNull(text) == null) {
            if (today == null) {
                add("startOn", "experiments.error.startOn.date");
            }
            return today;
        }
        LocalDate start;
        try {
            start = LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            add("startOn", "experiments.error.startOn.date");
            return null;
        }
        if (today != null && start.isBefore(today)) {
            add("startOn", "experiments.error.startOn.past");
        } else if (today != null && start.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            add("startOn", "experiments.error.startOn.far", MAX_DAYS_AHEAD / 7);
        }
        return start;
    }

    private static Optional<Strategy> strategy(String code) {
        return blankToNull(code) == null ? Optional.empty() : Coded.fromCode(Strategy.class, code.strip());
    }

    private static Integer number(String text) {
        if (blankToNull(text) == null || text.strip().length() > 3) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private void add(String field, String key, Object... args) {
        problems.putIfAbsent(field, new Problem(field, key, args));
    }
}
