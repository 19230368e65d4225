package org.legible.importers.fitbit;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Which clock the times in Fitbit's step files are on. Fitbit writes sleep in local time, but exports have been
 * reported with minute data in UTC, and the files themselves do not say. {@link #AUTO} works it out from the person's
 * own nights: steps cannot be taken while asleep, so the clock that puts clearly fewer steps inside the main sleep
 * logs is the right one. When the nights cannot tell (too few steps either way, or a zone whose offset is 0), local
 * time is taken, as for sleep. The person can choose either clock on the upload form instead.
 */
public enum StepClock {
    AUTO,
    LOCAL,
    UTC;

    /** Below this many steps in bed under both readings, the nights say nothing. */
    static final long MIN_EVIDENCE = 200;

    /** The clock to use for these minutes: this one, or for {@link #AUTO} the one the nights point to. */
    StepClock resolve(Collection<SleepLog> sleep, StepMinutes steps, ZoneId zone) {
        if (this != AUTO) {
            return this;
        }
        long asLocal = 0;
        long asUtc = 0;
        for (SleepLog log : sleep) {
            if (!log.mainSleep()) {
                continue;
            }
            asLocal += steps.between(log.start(), log.end());
            // Read as UTC, the minute written w happened at local w + offset; so the local night [start, end) was
            // written as [start - offset, end - offset).
            ZoneOffset offset = zone.getRules().getOffset(log.start());
            asUtc += steps.between(
                    log.start().minusSeconds(offset.getTotalSeconds()),
                    log.end().minusSeconds(offset.getTotalSeconds()));
        }
        if (Math.max(asLocal, asUtc) < MIN_EVIDENCE) {
            return LOCAL;
        }
        if (asUtc * 2 <= asLocal) {
            return UTC;
        }
        return LOCAL;
    }
}
