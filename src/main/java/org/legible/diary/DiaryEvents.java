package org.legible.diary;

import java.time.LocalDate;
import org.legible.accounts.AccountId;

/**
 * Events the diary publishes, each for a module that listens (sharing's access log); they carry ids and days, never
 * what the person wrote.
 */
public final class DiaryEvents {

    private DiaryEvents() {}

    /** A new check-in; {@code enteredBy} names the carer who recorded it just now, null otherwise (and on restore). */
    public record CheckInRecorded(AccountId accountId, CheckInId checkInId, LocalDate diaryDay, String enteredBy) {}
}
