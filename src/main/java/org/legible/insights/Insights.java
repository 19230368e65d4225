package org.legible.insights;

import java.time.LocalDate;
import org.legible.accounts.AccountId;

/** The insights module's facade. Every call is scoped to one account. */
public interface Insights {

    /** The period from {@code from} to {@code to} inclusive, with the same number of days before it to compare. */
    PeriodInsights period(AccountId account, LocalDate from, LocalDate to);

    /**
     * The person's own items answered from {@code from} to {@code to}, each against leg and foot pain {@code lag}
     * days later (0 to {@link OwnItemSummaries#MAX_LAG}).
     */
    OwnItemSummaries ownItems(AccountId account, LocalDate from, LocalDate to, int lag);

    /** Leg and foot pain from {@code from} to {@code to} by part of the menstrual cycle, from the marked starts. */
    CycleSummary cycle(AccountId account, LocalDate from, LocalDate to);

    /** The whole diary month by month and year by year, read without places, words or notes. */
    YearsOverview years(AccountId account);
}
