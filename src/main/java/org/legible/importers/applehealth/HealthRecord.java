package org.legible.importers.applehealth;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One Apple Health record Legible uses: its kind, the app or device that wrote it, when it started and ended (with
 * the UTC offset the phone wrote, which changes with daylight saving), and its value (steps, or minutes for sleep and exercise).
 */
public record HealthRecord(Kind kind, String source, Instant start, Instant end, ZoneOffset offset, double value) {

    /** What a record says. Sleep kinds follow HealthKit's sleep analysis values. */
    public enum Kind {
        STEPS,
        /** Apple's exercise minutes (brisk activity or a workout), value in minutes. */
        EXERCISE_MINUTES,
        IN_BED,
        ASLEEP,
        ASLEEP_CORE,
        ASLEEP_DEEP,
        ASLEEP_REM,
        AWAKE;

        public boolean asleep() {
            return this == ASLEEP || this == ASLEEP_CORE || this == ASLEEP_DEEP || this == ASLEEP_REM;
        }

        public boolean sleep() {
            return this != STEPS && this != EXERCISE_MINUTES;
        }
    }
}
