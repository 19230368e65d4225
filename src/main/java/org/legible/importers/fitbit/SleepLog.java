package org.legible.importers.fitbit;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One Fitbit sleep log as the Takeout export writes it: start and end on the clock of wherever the person was (Fitbit
 * writes sleep in local time, without an offset), and Fitbit's own minutes. Stage minutes are 0 for a "classic" log,
 * which has no stages; Fitbit's "light" sleep is what Apple calls core sleep.
 */
record SleepLog(
        long logId,
        LocalDateTime start,
        LocalDateTime end,
        boolean mainSleep,
        int asleepMinutes,
        int inBedMinutes,
        int lightMinutes,
        int deepMinutes,
        int remMinutes) {

    /**
     * The diary day this sleep leads into: the date six hours after it ends, the rule Apple Health nights follow too,
     * so a night ending at 07:00 and a nap ending at 15:00 both belong to that day.
     */
    LocalDate night() {
        return end.plusHours(6).toLocalDate();
    }
}
