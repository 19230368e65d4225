package org.legible.diary;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.legible.accounts.AccountId;

/**
 * What the person said about their red flags: that a clinician has checked them, and when. A flag that needs care now
 * or today holds back the ordinary advice until then ({@link RedFlags#waitForClinician}). Every call is scoped to
 * one account.
 */
public interface RedFlagChecks {

    /** When a clinician last checked each flag, as the person said; flags never checked are absent. */
    Map<RedFlag, Instant> checked(AccountId account);

    /** The person says a clinician has now checked these flags. */
    void markChecked(AccountId account, Collection<RedFlag> flags);

    /** Takes back what the person said about these flags (a tap by mistake). */
    void unmark(AccountId account, Collection<RedFlag> flags);

    /** Restores a check from an export; a later check already stored is kept. */
    void restore(AccountId account, RedFlag flag, Instant checkedAt);
}
