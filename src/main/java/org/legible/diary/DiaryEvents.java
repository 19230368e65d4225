package org.legible.diary;

import java.time.LocalDate;
import org.legible.accounts.AccountId;

/** Events the diary publishes; they carry ids and days, never what the person wrote. */
public final class DiaryEvents {

    private DiaryEvents() {}

    public record CheckInRecorded(AccountId accountId, CheckInId checkInId, LocalDate diaryDay) {}

    public record CheckInCorrected(AccountId accountId, CheckInId checkInId, int version) {}

    public record CheckInDeleted(AccountId accountId, CheckInId checkInId) {}
}
