package org.legible.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;

/**
 * The diary days a period started (issue 29), kept only for those who turn the cycle on; a day is marked once. Every
 * call is scoped to one account.
 */
public interface PeriodStarts {

    /**
     * Whole cycles (from one marked start to the next) before pain by part of the cycle is shown: the two cycles of
     * prospective recording that the criteria for premenstrual symptoms ask for (docs/clinical-basis.md).
     */
    int WHOLE_CYCLES_NEEDED = 2;

    /** Every marked day, earliest first. */
    List<LocalDate> all(AccountId account);

    /** Marks the day written in {@code text}, or says what {@link PeriodStartRules} refuses; marking it again is no change. */
    Optional<CheckInRules.Problem> mark(AccountId account, String text);

    /** Unmarks a day; false when it was not marked. */
    boolean unmark(AccountId account, LocalDate day);
}
