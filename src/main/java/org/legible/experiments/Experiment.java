package org.legible.experiments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.legible.diary.Vocabulary.Strategy;

/**
 * One personal experiment: the strategy, the first day, how many days it is planned for, and the day it was stopped
 * early (null while it runs or once it has run its course).
 */
public record Experiment(
        String id, Strategy strategy, LocalDate startedOn, int days, LocalDate endedOn, Instant createdAt) {

    /** Two, three or four weeks: long enough for a comparison, short enough to keep going. */
    public static final List<Integer> LENGTHS = List.of(14, 21, 28);

    public Experiment {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(startedOn, "startedOn");
        if (!LENGTHS.contains(days)) {
            throw new IllegalArgumentException("days must be one of " + LENGTHS);
        }
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw new IllegalArgumentException("ended before it started");
        }
    }

    /** The planned last day. */
    public LocalDate plannedLastDay() {
        return startedOn.plusDays(days - 1L);
    }

    /** The last day that counts so far: the planned last day, the day it was stopped, or today. */
    public LocalDate lastDaySoFar(LocalDate today) {
        LocalDate last = endedOn != null && endedOn.isBefore(plannedLastDay()) ? endedOn : plannedLastDay();
        return today.isBefore(last) ? today : last;
    }

    /** Still running on this day: not stopped and not past its planned last day. */
    public boolean runningOn(LocalDate today) {
        return endedOn == null && !today.isAfter(plannedLastDay());
    }
}
