package org.legible.diary.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.diary.RedFlag;
import org.legible.diary.RedFlagChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RedFlagChecksService implements RedFlagChecks {

    private final RedFlagCheckRepository repository;
    private final Clock clock;

    RedFlagChecksService(RedFlagCheckRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<RedFlag, Instant> checked(AccountId account) {
        return repository.checked(account);
    }

    @Override
    @Transactional
    public void markChecked(AccountId account, Collection<RedFlag> flags) {
        Instant now = clock.instant();
        flags.forEach(flag -> repository.save(account, flag, now));
    }

    @Override
    @Transactional
    public void unmark(AccountId account, Collection<RedFlag> flags) {
        flags.forEach(flag -> repository.delete(account, flag));
    }

    @Override
    @Transactional
    public void restore(AccountId account, RedFlag flag, Instant checkedAt) {
        repository.save(account, flag, checkedAt);
    }
}
