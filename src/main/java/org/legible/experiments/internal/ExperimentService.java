package org.legible.experiments.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.diary.Diary;
import org.legible.diary.TrackedStrategies;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.experiments.Experiments;
import org.legible.insights.ExperimentOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ExperimentService implements Experiments {

    private static final Logger log = LoggerFactory.getLogger(ExperimentService.class);

    private final ExperimentRepository repository;
    private final Diary diary;
    private final TrackedStrategies tracked;
    private final Clock clock;

    ExperimentService(ExperimentRepository repository, Diary diary, TrackedStrategies tracked, Clock clock) {
        this.repository = repository;
        this.diary = diary;
        this.tracked = tracked;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Experiment start(AccountId account, Strategy strategy, int days) {
        LocalDate today = diary.today(account);
        if (repository.list(account).stream().anyMatch(e -> e.runningOn(today))) {
            throw new AlreadyRunning();
        }
        Experiment experiment =
                new Experiment(UUID.randomUUID().toString(), strategy, today, days, null, clock.instant());
        try {
            repository.insert(account, experiment);
        } catch (DuplicateKeyException startedAtTheSameTime) {
            // Another start for this person won the race (V13's index); theirs is the one running.
            throw new AlreadyRunning();
        }
        tracked.track(account, strategy);
        log.info("experiment {} started for account {}", experiment.id(), account.value());
        return experiment;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Experiment> list(AccountId account) {
        return repository.list(account);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Experiment> find(AccountId account, String id) {
        return repository.find(account, id);
    }

    @Override
    @Transactional
    public boolean stop(AccountId account, String id) {
        LocalDate today = diary.today(account);
        Optional<Experiment> running = repository.find(account, id).filter(e -> e.runningOn(today));
        return running.isPresent() && repository.end(account, id, today);
    }

    @Override
    @Transactional
    public boolean delete(AccountId account, String id) {
        return repository.delete(account, id);
    }

    @Override
    @Transactional(readOnly = true)
    public ExperimentOutcome outcome(AccountId account, Experiment experiment) {
        LocalDate last = experiment.lastDaySoFar(diary.today(account));
        LocalDate from = experiment.startedOn().minusDays(experiment.days());
        List<org.legible.diary.CheckIn> checkIns = diary.between(account, from, last.isBefore(from) ? from : last);
        return ExperimentOutcome.of(checkIns, experiment.strategy(), experiment.startedOn(), experiment.days(), last);
    }

    @Override
    @Transactional
    public boolean restore(AccountId account, Experiment experiment) {
        boolean same = repository.list(account).stream()
                .anyMatch(e -> e.startedOn().equals(experiment.startedOn()) && e.strategy() == experiment.strategy());
        if (same) {
            return false;
        }
        LocalDate today = diary.today(account);
        boolean together = experiment.endedOn() == null
                && repository.list(account).stream()
                        .filter(e -> e.endedOn() == null)
                        .anyMatch(e -> e.startedOn().equals(experiment.startedOn())
                                || (e.runningOn(today) && experiment.runningOn(today)));
        if (together) {
            throw new AlreadyRunning();
        }
        try {
            repository.insert(
                    account,
                    new Experiment(
                            UUID.randomUUID().toString(),
                            experiment.strategy(),
                            experiment.startedOn(),
                            experiment.days(),
                            experiment.endedOn(),
                            experiment.createdAt()));
        } catch (DuplicateKeyException startedAtTheSameTime) {
            throw new AlreadyRunning();
        }
        return true;
    }
}
