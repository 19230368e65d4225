package org.legible.importers.fitbit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Minute-by-minute steps by the time written in the file, before Legible knows which clock that time is on. A minute
 * written twice (the same month in two folders of one export) counts once, with the larger number. One short per
 * minute keeps ten years of minutes in about 11 MB.
 */
final class StepMinutes {

    private static final int MINUTES_A_DAY = 24 * 60;

    private final Map<LocalDate, short[]> byDate = new TreeMap<>();

    void add(LocalDateTime written, int steps) {
        short[] day = byDate.computeIfAbsent(written.toLocalDate(), d -> new short[MINUTES_A_DAY]);
        int minute = written.getHour() * 60 + written.getMinute();
        day[minute] = (short) Math.max(day[minute], steps);
    }

    /** Each minute with steps in it, in time order. */
    void forEachMinute(BiConsumer<LocalDateTime, Integer> action) {
        byDate.forEach((date, minutes) -> {
            for (int m = 0; m < MINUTES_A_DAY; m++) {
                if (minutes[m] > 0) {
                    action.accept(date.atTime(m / 60, m % 60), (int) minutes[m]);
                }
            }
        });
    }

    /** Steps written at or after {@code from} and before {@code to}. */
    long between(LocalDateTime from, LocalDateTime to) {
        long total = 0;
        for (LocalDateTime t = from.withSecond(0).withNano(0); t.isBefore(to); t = t.plusMinutes(1)) {
            short[] day = byDate.get(t.toLocalDate());
            if (day == null) {
                t = t.toLocalDate().plusDays(1).atStartOfDay().minusMinutes(1);
                continue;
            }
            total += day[t.getHour() * 60 + t.getMinute()];
        }
        return total;
    }

    boolean isEmpty() {
        return byDate.isEmpty();
    }
}
