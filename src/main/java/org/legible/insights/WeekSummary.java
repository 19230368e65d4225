package org.legible.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Seven diary days with at least one check-in among them, for a period too long to read day by day. The weeks end on
 * the period's last day, so the newest is whole and the oldest may be shorter. Each figure is over the days that have
 * it: the mean of the days' mean pain, the highest pain, the mean of the nights' hours, the mean of the days'
 * tiredness and of the days' highest urge to move.
 *
 * @param index the week's place in the period, 0 for the oldest, so a week without a check-in leaves a gap
 */
public record WeekSummary(
        int index,
        LocalDate first,
        LocalDate last,
        int daysRecorded,
        double meanPain,
        int worstPain,
        Double meanSleepHours,
        Double meanFatigue,
        Double meanUrge) {

    static final int DAYS = 7;

    /** The weeks of {@code from}–{@code to} that have a check-in, oldest first. */
    static List<WeekSummary> of(List<DaySummary> days, LocalDate from, LocalDate to) {
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        int weeks = (int) ((length + DAYS - 1) / DAYS);
        List<List<DaySummary>> byWeek = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            byWeek.add(new ArrayList<>());
        }
        for (DaySummary day : days) {
            int fromEnd = (int) (ChronoUnit.DAYS.between(day.day(), to) / DAYS);
            byWeek.get(weeks - 1 - fromEnd).add(day);
        }
        List<WeekSummary> summaries = new ArrayList<>();
        for (int index = 0; index < weeks; index++) {
            List<DaySummary> week = byWeek.get(index);
            if (week.isEmpty()) {
                continue;
            }
            LocalDate last = to.minusDays((long) (weeks - 1 - index) * DAYS);
            LocalDate first = last.minusDays(DAYS - 1);
            summaries.add(new WeekSummary(
                    index,
                    first.isBefore(from) ? from : first,
                    last,
                    week.size(),
                    mean(week, DaySummary::meanPain),
                    week.stream().mapToInt(DaySummary::worstPain).max().orElseThrow(),
                    mean(
                            week,
                            d -> d.sleepHours() == null ? null : d.sleepHours().doubleValue()),
                    mean(week, DaySummary::meanFatigue),
                    mean(
                            week,
                            d -> d.restlessUrge() == null
                                    ? null
                                    : d.restlessUrge().doubleValue())));
        }
        return summaries;
    }

    private static Double mean(List<DaySummary> days, Function<DaySummary, Double> value) {
        double sum = 0;
        int count = 0;
        for (DaySummary day : days) {
            Double each = value.apply(day);
            if (each != null) {
                sum += each;
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }
}
