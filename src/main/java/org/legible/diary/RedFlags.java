package org.legible.diary;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.legible.diary.RedFlag.Urgency;

/**
 * Red flags reported together (in one check-in, one check-up or one period), each with its urgency among the others:
 * what to show first, the heading that matches the most urgent, and whether the ordinary advice has to wait.
 */
public record RedFlags(Set<RedFlag> flags) {

    public static final RedFlags NONE = new RedFlags(Set.of());

    public RedFlags {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public static RedFlags of(Collection<RedFlag> flags) {
        return new RedFlags(flags.isEmpty() ? Set.of() : EnumSet.copyOf(flags));
    }

    public boolean isEmpty() {
        return flags.isEmpty();
    }

    public boolean contains(RedFlag flag) {
        return flags.contains(flag);
    }

    /** How soon this one needs care, with the others reported beside it. */
    public Urgency urgencyOf(RedFlag flag) {
        return flag.urgencyAmong(flags);
    }

    /** Whether a fever reported beside this one made it an emergency. */
    public boolean raisedByFever(RedFlag flag) {
        return flag.raisedByFever(flags);
    }

    /** Most urgent first, then in the order of the questions. */
    public List<RedFlag> byUrgency() {
        return flags.stream()
                .sorted(Comparator.comparing(this::urgencyOf).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The urgency of the most urgent flag; the heading of a red-flag block names it. */
    public Optional<Urgency> mostUrgent() {
        return flags.stream().map(this::urgencyOf).min(Comparator.naturalOrder());
    }

    /** Whether any flag needs care now or today, so strategies, experiments and mechanisms must wait. */
    public boolean stopsOrdinaryAdvice() {
        return mostUrgent().map(Urgency::stopsOrdinaryAdvice).orElse(false);
    }

    /**
     * Whether the ordinary advice still waits: a flag that needs care now or today that no clinician has checked
     * since it was reported. A check counts for every report of that flag up to its time, never for a later one.
     */
    public boolean waitForClinician(Map<RedFlag, Instant> checked, Instant reportedAt) {
        return waitForClinician(checked, flag -> reportedAt);
    }

    /** As {@link #waitForClinician(Map, Instant)}, each flag with the time it was last reported. */
    public boolean waitForClinician(Map<RedFlag, Instant> checked, Function<RedFlag, Instant> lastReported) {
        return flags.stream()
                .anyMatch(flag -> urgencyOf(flag).stopsOrdinaryAdvice()
                        && !checkedSince(checked, flag, lastReported.apply(flag)));
    }

    /** Whether a clinician checked this flag at or after the time it was reported. */
    public static boolean checkedSince(Map<RedFlag, Instant> checked, RedFlag flag, Instant reportedAt) {
        Instant check = checked.get(flag);
        return check != null && !check.isBefore(reportedAt);
    }
}
