package org.legible.diary.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.legible.accounts.AccountId;
import org.legible.diary.TrackedStrategies;
import org.legible.diary.Vocabulary.Strategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TrackedStrategiesService implements TrackedStrategies {

    private final TrackedStrategyRepository repository;
    private final Clock clock;

    TrackedStrategiesService(TrackedStrategyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Tracked> tracked(AccountId account) {
        return repository.tracked(account);
    }

    @Override
    @Transactional
    public boolean track(AccountId account, Strategy strategy) {
        return repository.insert(account, strategy, clock.instant());
    }

    @Override
    @Transactional
    public boolean restore(AccountId account, Strategy strategy, Instant since) {
        return repository.insert(account, strategy, since);
    }

    @Override
    @Transactional
    public boolean stop(AccountId account, Strategy strategy) {
        return repository.delete(account, strategy);
    }
}
