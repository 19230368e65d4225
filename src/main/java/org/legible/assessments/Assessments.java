package org.legible.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.legible.accounts.AccountId;

/** The assessments module's facade. Every call is scoped to one account; another account's ids are not found. */
public interface Assessments {

    /** Suggested answers for a new assessment, read from the diary (ACR leg areas: 7 days; restless legs: 14). */
    Prefill prefill(AccountId account, Instrument instrument);

    /**
     * Saves answers (item code → answer already normalised by the definition, with the items kept as the diary
     * suggested them), creating the assessment when {@code id} is empty. With {@code finish}, every required item must be answered and the assessment becomes
     * complete and read-only. Returns the id; throws {@link NotEditableException} for a finished or unknown one.
     */
    AssessmentId save(
            AccountId account, Instrument instrument, Optional<AssessmentId> id, AnswerSheet answers, boolean finish);

    Optional<Assessment> find(AccountId account, AssessmentId id);

    /** The unfinished assessment of this instrument, if one was saved to resume later. */
    Optional<Assessment> draft(AccountId account, Instrument instrument);

    /** Finished assessments of this instrument, oldest first. */
    List<Assessment> completed(AccountId account, Instrument instrument);

    boolean delete(AccountId account, AssessmentId id);

    /**
     * Restores an assessment from an export with its own id, status, day, times and answers, after checking every
     * answer against the definition (IllegalArgumentException otherwise). When another account uses the id, one is
     * derived from the account and the old id. Returns false when this account already has it.
     */
    boolean restore(AccountId account, Assessment assessment);

    /** Every assessment of the account, finished or not, oldest first: for the full export. */
    List<Assessment> all(AccountId account);

    /** The person's reminder interval for each instrument (the suggested one unless changed). */
    Map<Instrument, Integer> intervals(AccountId account);

    /** When each instrument is next due, by the person's intervals. */
    List<DueStatus> schedule(AccountId account);

    /** Days between reminders, 1–366, or {@link DueStatus#NO_REMINDER}. */
    void setInterval(AccountId account, Instrument instrument, int days);

    void recordOutsideScore(AccountId account, OutsideScore score);

    /** Oldest first. */
    List<OutsideScore> outsideScores(AccountId account);

    boolean deleteOutsideScore(AccountId account, String id);

    /** The neuropathic descriptor profile of the check-ins with a diary day from {@code from} to {@code to}. */
    NeuropathicProfile neuropathicProfile(AccountId account, LocalDate from, LocalDate to);

    /** The assessment is finished (answers are kept as given) or does not exist. */
    final class NotEditableException extends RuntimeException {
        public NotEditableException() {
            super("assessment cannot be changed");
        }
    }
}
