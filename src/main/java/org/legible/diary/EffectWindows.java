package org.legible.diary;

import java.util.Map;
import java.util.Optional;
import org.legible.accounts.AccountId;

/**
 * The effect windows a person chose for their strategies and medications (issue 29), by the strategy's code, or
 * {@code own:} and their own name, or {@code med:} and the medication's name, in lower case; one without is counted
 * over {@link EffectWindow#defaultFor} (a medication the same day). Every call
 * is scoped to one account.
 */
public interface EffectWindows {

    /** The longest key: {@code own:} or {@code med:} and a name. */
    int KEY_CHARACTERS = 4 + Limits.NAME_CHARACTERS;

    Map<String, EffectWindow> chosen(AccountId account);

    /** Keeps the window for the strategy, or says what {@link EffectWindow#check} refuses. */
    Optional<CheckInRules.Problem> choose(AccountId account, String strategy, String startsAfter, String lasts);

    /** Back to the default. */
    void reset(AccountId account, String strategy);

    /**
     * A strategy's code, or {@code own:} with a strategy's own name, or {@code med:} with a medication's name, each
     * of one line; nothing else is a key.
     */
    static boolean isKey(String key) {
        if (key == null) {
            return false;
        }
        if (key.startsWith("own:") || key.startsWith("med:")) {
            String name = key.substring(4);
            return !name.isBlank()
                    && name.length() <= Limits.NAME_CHARACTERS
                    && name.equals(name.strip())
                    && name.chars().noneMatch(Character::isISOControl);
        }
        return Coded.fromCode(Vocabulary.Strategy.class, key).isPresent();
    }
}
