package org.legible.diary;

import java.time.Instant;
import java.util.List;
import org.legible.accounts.AccountId;
import org.legible.diary.Vocabulary.Strategy;

/**
 * The strategies a person is tracking: shown first and marked in the check-in's "Things you did". Every call is
 * scoped to one account.
 */
public interface TrackedStrategies {

    /** A strategy being tracked and since when. */
    record Tracked(Strategy strategy, Instant since) {}

    /** In the order they were started. */
    List<Tracked> tracked(AccountId account);

    /** Starts tracking; false when it was already tracked. */
    boolean track(AccountId account, Strategy strategy);

    /** Restores one from an export with its own start; false when it was already tracked. */
    boolean restore(AccountId account, Strategy strategy, Instant since);

    /** Stops tracking; false when it was not tracked. */
    boolean stop(AccountId account, Strategy strategy);
}
