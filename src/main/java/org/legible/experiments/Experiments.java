package org.legible.experiments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.legible.accounts.AccountId;
import org.legible.insights.BlockOutcome;
import org.legible.insights.DetectableChange;
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
     * Starts one as planned (today or a later day), drawing the order of each pair of blocks at random for a block
     * design, and tracks its strategies, so they come first in the check-in.
     *
     * @throws AlreadyRunning when another is still running or planned
     */
    Experiment start(AccountId account, ExperimentRules.Plan plan);

    /**
     * What a plan with blocks can hope to show from the person's ups and downs over the last eight weeks; empty for
     * before and after, or with fewer than {@link DetectableChange#MIN_RECENT_DAYS} days with a check-in.
     */
    Optional<DetectableChange> detectable(AccountId account, ExperimentRules.Plan plan);

    /** Newest first. */
    List<Experiment> list(AccountId account);

    Optional<Experiment> find(AccountId account, String id);

    /** Which block of the running experiment a day is in, and whether that block begins on it. */
    record BlockOfDay(int number, int blocks, boolean beginsToday) {}

    /** The block a day is in, for an experiment in blocks running on it; empty otherwise. */
    Optional<BlockOfDay> blockOn(AccountId account, LocalDate day);

    /**
     * An experiment and how it went so far: {@code blocks} for one in randomised blocks, {@code beforeAndAfter} for
     * the first kind, the other null.
     */
    record Result(Experiment experiment, LocalDate lastDay, ExperimentOutcome beforeAndAfter, BlockOutcome blocks) {}

    /**
     * Experiments begun by today whose compared days (for the first kind, the days before it too) lie wholly from
     * {@code from} to {@code to}, oldest first, each with how it went so far: a period given to a clinician gives away
     * no mean of days outside it.
     */
    List<Result> within(AccountId account, LocalDate from, LocalDate to);

    /** Stops a running one today, or takes back one planned for a later day; false when there is none to stop. */
    boolean stop(AccountId account, String id);

    boolean delete(AccountId account, String id);

    /** How one of the first kind went so far, from the check-ins of its baseline and its days. */
    ExperimentOutcome outcome(AccountId account, Experiment experiment);

    /**
     * How one with blocks went so far, from the check-ins of its days.
     *
     * @throws IllegalArgumentException for one of the first kind
     */
    BlockOutcome blockOutcome(AccountId account, Experiment experiment);

    /**
     * Keeps what the person said of a day of an experiment of two ways: whether they followed its block. False (and
     * nothing kept) when there is no such experiment, it asks nothing (Experiment.Blocks#asksFollowed), or the day is
     * not one of its days up to today.
     */
    boolean answer(AccountId account, String id, LocalDate day, boolean followed);

    /** What the person said of each day of an experiment, oldest first; empty for one that asks nothing. */
    SortedMap<LocalDate, Boolean> answers(AccountId account, String id);

    /**
     * Restores one from a Legible export (a new id) with what was said of its days; false when the account has one
     * with the same start and strategy.
     *
     * @throws AlreadyRunning when it is still running and so is another one (one at a time, as when starting one)
     * @throws IllegalArgumentException for an answer about a day that is not one of its days
     */
    boolean restore(AccountId account, Experiment experiment, SortedMap<LocalDate, Boolean> answers);

    default boolean restore(AccountId account, Experiment experiment) {
        return restore(account, experiment, new TreeMap<>());
    }
}
