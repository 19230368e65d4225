package org.legible.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A stretch of diary days (a week, a month or a year) with at least one check-in, for a time too long to read day by
 * day. Each figure is over the days that have it: the mean of the days' mean pain, the highest pain, the mean of the
 * nights' hours, the mean of the days' tiredness and of the days' highest urge to move.
 *
 * @param index the stretch's place from the first, so one without a check-in leaves a gap in the count
 * @param first its first day (or the period's, when the period starts inside it)
 * @param last its last day (or today, when it is not over)
 */
public record SpanSummary(
        int index,
        LocalDate first,
        LocalDate last,
        int daysRecorded,
        double meanPain,
        int worstPain,
        Double meanSleepHours,
        Double meanFatigue,
        Double meanUrge) {

    public static final int WEEK = 7;

    /** One day's figures, from {@link DayFold}. */
    record Day(LocalDate day, double meanPain, int worstPain, Double sleepHours, Double meanFatigue, Double urge) {

        static Day of(DaySummary day) {
            return new Day(
                    day.day(),
                    day.meanPain(),
                    day.worstPain(),
                    day.sleepHours() == null ? null : day.sleepHours().doubleValue(),
                    day.meanFatigue(),
                    day.restlessUrge() == null ? null : day.restlessUrge().doubleValue());
        }
    }

    /** The weeks of {@code from}–{@code to} with a check-in, oldest first; the newest ends on {@code to}. */
    static List<SpanSummary> weeks(List<DaySummary> days, LocalDate from, LocalDate to) {
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        int weeks = (int) ((length + WEEK - 1) / WEEK);
        return spans(
                days.stream().map(Day::of).toList(),
                d -> weeks - 1 - (int) (ChronoUnit.DAYS.between(d, to) / WEEK),
                index -> {
                    LocalDate last = to.minusDays((long) (weeks - 1 - index) * WEEK);
                    LocalDate first = last.minusDays(WEEK - 1);
                    return new LocalDate[] {first.isBefore(from) ? from : first, last};
                });
    }

    /** Calendar months from {@code firstMonth} with a check-in, oldest first; none ends after {@code today}. */
    static List<SpanSummary> months(List<Day> days, YearMonth firstMonth, LocalDate today) {
        return spans(days, d -> (int) ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(d)), index -> {
            YearMonth month = firstMonth.plusMonths(index);
            return new LocalDate[] {month.atDay(1), earlier(month.atEndOfMonth(), today)};
        });
    }

    /** Calendar years from {@code firstYear} with a check-in, oldest first; none ends after {@code today}. */
    static List<SpanSummary> years(List<Day> days, int firstYear, LocalDate today) {
        return spans(days, d -> d.getYear() - firstYear, index -> {
            int year = firstYear + index;
            return new LocalDate[] {LocalDate.of(year, 1, 1), earlier(LocalDate.of(year, 12, 31), today)};
        });
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static List<SpanSummary> spans(
            List<Day> days, ToIntFunction<LocalDate> indexOf, Function<Integer, LocalDate[]> bounds) {
        Map<Integer, List<Day>> byIndex = new TreeMap<>();
        for (Day day : days) {
            byIndex.computeIfAbsent(indexOf.applyAsInt(day.day()), i -> new ArrayList<>())
                    .add(day);
        }
        List<SpanSummary> spans = new ArrayList<>(byIndex.size());
        byIndex.forEach((index, those) -> {
            LocalDate[] firstAndLast = bounds.apply(index);
            spans.add(new SpanSummary(
                    index,
                    firstAndLast[0],
                    firstAndLast[1],
                    those.size(),
                    mean(those, Day::meanPain),
                    those.stream().mapToInt(Day::worstPain).max().orElseThrow(),
                    mean(those, Day::sleepHours),
                    mean(those, Day::meanFatigue),
                    mean(those, Day::urge)));
        });
        return spans;
    }

    private static Double mean(List<Day> days, Function<Day, Double> value) {
        double sum = 0;
        int count = 0;
        for (Day day : days) {
            Double each = value.apply(day);
            if (each != null) {
                sum += each;
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }
}
