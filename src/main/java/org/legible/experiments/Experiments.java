package org.legible.experiments;

import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.insights.ExperimentOutcome;

/** The experiments module's facade. Every call is scoped to one account. */
public interface Experiments {

    /** Another experiment is still running: one at a time, so the days of two never mix. */
    final class AlreadyRunning extends RuntimeException {
        public AlreadyRunning() {
            super("an experiment is already running");
        }
    }

    /**
     * Starts one today and tracks its strategy, so it comes first in the check-in.
     *
     * @throws AlreadyRunning when another is still running
     */
    Experiment start(AccountId account, Strategy strategy, int days);

    /** Newest first. */
    List<Experiment> list(AccountId account);

    Optional<Experiment> find(AccountId account, String id);

    /** Stops a running one today; false when there is none to stop. */
    boolean stop(AccountId account, String id);

    boolean delete(AccountId account, String id);

    /** How it went so far, from the check-ins of its baseline and its days. */
    ExperimentOutcome outcome(AccountId account, Experiment experiment);

    /**
     * Restores one from a Legible export (a new id); false when the account has one with the same start and strategy.
     *
     * @throws AlreadyRunning when it is still running and so is another one (one at a time, as when starting one)
     */
    boolean restore(AccountId account, Experiment experiment);
}
