package org.legible.diary.internal;

import java.util.Map;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.diary.CheckInRules;
import org.legible.diary.EffectWindow;
import org.legible.diary.EffectWindows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EffectWindowsService implements EffectWindows {

    private final EffectWindowRepository repository;

    EffectWindowsService(EffectWindowRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, EffectWindow> chosen(AccountId account) {
        return repository.all(account);
    }

    @Override
    @Transactional
    public Optional<CheckInRules.Problem> choose(AccountId account, String strategy, String startsAfter, String lasts) {
        if (!EffectWindows.isKey(strategy)) {
            return Optional.of(new CheckInRules.Problem("strategy", "effectWindow.strategy.invalid", new Object[0]));
        }
        EffectWindow.Checked checked = EffectWindow.check(startsAfter, lasts);
        checked.problem().ifPresentOrElse(p -> {}, () -> repository.put(account, strategy, checked.window()));
        return checked.problem();
    }

    @Override
    @Transactional
    public void reset(AccountId account, String strategy) {
        repository.remove(account, strategy);
    }
}
