package org.legible.diary;

import java.time.Instant;

/**
 * A check-in as it stands now: when it was first recorded, which version this is, and when this version was saved
 * (the same as {@code recordedAt} until it is corrected).
 */
public record CheckIn(CheckInId id, int version, Instant recordedAt, Instant savedAt, CheckInDetails details) {

    public boolean corrected() {
        return version > 1;
    }
}
