package org.legible.diary;

import java.time.Instant;

/**
 * A check-in as it stands now: when it was first recorded, which version this is, when this version was saved (the
 * same as {@code recordedAt} until it is corrected), and who entered it when it was not the person ({@code enteredBy},
 * a carer's name as the person gave it; null for the person themselves).
 */
public record CheckIn(
        CheckInId id, int version, Instant recordedAt, Instant savedAt, CheckInDetails details, String enteredBy) {

    /** A check-in the person entered themselves. */
    public CheckIn(CheckInId id, int version, Instant recordedAt, Instant savedAt, CheckInDetails details) {
        this(id, version, recordedAt, savedAt, details, null);
    }

    public boolean corrected() {
        return version > 1;
    }
}
