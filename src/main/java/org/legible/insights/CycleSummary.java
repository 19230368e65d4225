package org.legible.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.legible.diary.PeriodStarts;

/**
 * Leg and foot pain by part of the menstrual cycle (issue 29), from the days the person marked a period starting. A
 * cycle runs from one marked start to the day before the next, so only whole cycles count, and nothing is shown
 * before {@value #MIN_CYCLES} of them hold pain recorded in the period. The parts are the windows of the published
 * criteria for premenstrual symptoms (docs/clinical-basis.md): the {@value #DAYS_BEFORE} days before a period, its
 * first {@value #FIRST_DAYS} days, and the rest of the cycle; in a cycle too short for all three the days before
 * come first. Each part's mean pain, and each of the first two against the rest with the interval for days that run
 * together ({@link Comparison}). Together is not cause, and a missed start makes a cycle look long; the page says so.
 *
 * @param cycles the whole cycles with pain recorded in the period
 * @param lengths the length in days of each of those cycles, in order
 */
public record CycleSummary(
        int cycles,
        List<Integer> lengths,
        Map<Part, PartPain> parts,
        Optional<Comparison> before,
        Optional<Comparison> firstDays) {

    public static final int DAYS_BEFORE = 5;
    public static final int FIRST_DAYS = 4;
    public static final int MIN_CYCLES = PeriodStarts.WHOLE_CYCLES_NEEDED;

    /** A part of a cycle. */
    public enum Part {
        BEFORE,
        FIRST_DAYS,
        REST
    }

    /** A part's days with pain recorded, and their mean pain (null without days). */
    public record PartPain(int days, Double meanPain) {}

    public CycleSummary {
        lengths = List.copyOf(lengths);
        parts = Map.copyOf(parts);
    }

    /** Enough whole cycles to show pain by part. */
    public boolean enough() {
        return cycles >= MIN_CYCLES;
    }

    public PartPain part(Part part) {
        return parts.get(part);
    }

    /** {@code starts} earliest first; {@code days} the diary days with check-ins, of any period. */
    public static CycleSummary of(List<LocalDate> starts, List<DaySummary> days, LocalDate from, LocalDate to) {
        List<DaySummary> inOrder = days.stream()
                .filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
                .sorted(java.util.Comparator.comparing(DaySummary::day))
                .toList();
        List<DaySummary> placed = new ArrayList<>();
        List<Part> partOf = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        int cycle = 0;
        for (int i = 0; i + 1 < starts.size(); i++) {
            LocalDate start = starts.get(i);
            LocalDate next = starts.get(i + 1);
            boolean counted = false;
            for (DaySummary day : inOrder) {
                if (!day.day().isBefore(start) && day.day().isBefore(next)) {
                    placed.add(day);
                    partOf.add(part(start, next, day.day()));
                    counted = true;
                }
            }
            if (counted) {
                cycle++;
                lengths.add((int) ChronoUnit.DAYS.between(start, next));
            }
        }
        Map<Part, PartPain> parts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            List<Double> pain = new ArrayList<>();
            for (int i = 0; i < placed.size(); i++) {
                if (partOf.get(i) == part) {
                    pain.add(placed.get(i).meanPain());
                }
            }
            parts.put(part, new PartPain(pain.size(), pain.isEmpty() ? null : Comparison.meanOf(pain)));
        }
        return new CycleSummary(
                cycle,
                lengths,
                parts,
                againstRest(placed, partOf, Part.BEFORE),
                againstRest(placed, partOf, Part.FIRST_DAYS));
    }

    private static Part part(LocalDate start, LocalDate next, LocalDate day) {
        if (ChronoUnit.DAYS.between(day, next) <= DAYS_BEFORE) {
            return Part.BEFORE;
        }
        return ChronoUnit.DAYS.between(start, day) < FIRST_DAYS ? Part.FIRST_DAYS : Part.REST;
    }

    /** The part's days against the rest of the cycle's, in diary order, leaving the third part out. */
    private static Optional<Comparison> againstRest(List<DaySummary> placed, List<Part> partOf, Part part) {
        List<Double> values = new ArrayList<>();
        List<Boolean> inPart = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            if (partOf.get(i) == part || partOf.get(i) == Part.REST) {
                values.add(placed.get(i).meanPain());
                inPart.add(partOf.get(i) == part);
            }
        }
        return Comparison.overDays(values, inPart);
    }
}
