package org.legible.experiments.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.legible.accounts.AccountId;
import org.legible.diary.Diary;
import org.legible.diary.TrackedStrategies;
import org.legible.experiments.Experiment;
import org.legible.experiments.ExperimentRules;
import org.legible.experiments.Experiments;
import org.legible.insights.BlockOutcome;
import org.legible.insights.BlockSchedule;
import org.legible.insights.DaySummaries;
import org.legible.insights.DaySummary;
import org.legible.insights.DetectableChange;
import org.legible.insights.ExperimentOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ExperimentService implements Experiments {

    private static final Logger log = LoggerFactory.getLogger(ExperimentService.class);

    /** The recent days whose ups and downs say what a plan can show. */
    static final int RECENT_DAYS = 56;

    private final ExperimentRepository repository;
    private final Diary diary;
    private final TrackedStrategies tracked;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    ExperimentService(ExperimentRepository repository, Diary diary, TrackedStrategies tracked, Clock clock) {
        this.repository = repository;
        this.diary = diary;
        this.tracked = tracked;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Experiment start(AccountId account, ExperimentRules.Plan plan) {
        repository.holdStarts(account, clock.instant());
        LocalDate today = diary.today(account);
        if (repository.list(account).stream().anyMatch(e -> e.runningOn(today))) {
            throw new AlreadyRunning();
        }
        Experiment experiment = new Experiment(
                UUID.randomUUID().toString(),
                plan.strategy(),
                plan.startOn(),
                plan.days(),
                null,
                clock.instant(),
                blocks(plan, plan.startOn(), random));
        try {
            repository.insert(account, experiment);
        } catch (DuplicateKeyException startedAtTheSameTime) {
            // Another start for this person won the race (V13's index); theirs is the one running.
            throw new AlreadyRunning();
        }
        tracked.track(account, plan.strategy());
        if (plan.against() != null) {
            tracked.track(account, plan.against());
        }
        log.info("experiment {} started for account {}", experiment.id(), account.value());
        return experiment;
    }

    /** The blocks of a plan, each pair's order drawn now; null for before and after. */
    static Experiment.Blocks blocks(ExperimentRules.Plan plan, LocalDate start, RandomGenerator random) {
        if (plan.design() == Experiment.Design.BEFORE_AND_AFTER) {
            return null;
        }
        BlockSchedule drawn = BlockSchedule.draw(start, plan.blockDays(), plan.pairs(), plan.washoutDays(), random);
        return new Experiment.Blocks(
                plan.against(), plan.blockDays(), plan.washoutDays(), drawn.firstInPair(), plan.wayA(), plan.wayB());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DetectableChange> detectable(AccountId account, ExperimentRules.Plan plan) {
        if (plan.design() == Experiment.Design.BEFORE_AND_AFTER) {
            return Optional.empty();
        }
        LocalDate today = diary.today(account);
        List<DaySummary> recent = DaySummaries.of(diary.between(account, today.minusDays(RECENT_DAYS - 1L), today));
        // The order of the pairs changes what a plan can show very little, so one fixed draw stands for all.
        BlockSchedule schedule =
                blocks(plan, plan.startOn(), new SplittableRandom(0)).schedule(plan.startOn());
        return DetectableChange.of(recent, schedule);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Experiment> list(AccountId account) {
        return repository.list(account);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BlockOfDay> blockOn(AccountId account, LocalDate day) {
        return repository.list(account).stream()
                .filter(e -> e.runningOn(day) && e.blocks() != null)
                .flatMap(e -> e.schedule().flatMap(s -> s.on(day)).stream()
                        .map(place -> new BlockOfDay(
                                place.block() + 1,
                                2 * e.blocks().pairs(),
                                place.blockStart().equals(day))))
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Result> within(AccountId account, LocalDate from, LocalDate to) {
        LocalDate today = diary.today(account);
        List<Experiment> oldestFirst = new ArrayList<>(repository.list(account));
        Collections.reverse(oldestFirst);
        List<Result> results = new ArrayList<>();
        for (Experiment experiment : oldestFirst) {
            LocalDate first = experiment.blocks() == null
                    ? experiment.startedOn().minusDays(experiment.days())
                    : experiment.startedOn();
            LocalDate last = experiment.lastDaySoFar(today);
            if (experiment.startsAfter(today) || first.isBefore(from) || last.isAfter(to)) {
                continue;
            }
            results.add(
                    experiment.blocks() == null
                            ? new Result(experiment, last, outcome(account, experiment), null)
                            : new Result(experiment, last, null, blockOutcome(account, experiment)));
        }
        return results;
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
        if (running.isPresent() && running.get().startsAfter(today)) {
            // Planned for a later day: nothing of it has happened, so stopping it takes back the plan.
            return repository.delete(account, id);
        }
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
    @Transactional(readOnly = true)
    public BlockOutcome blockOutcome(AccountId account, Experiment experiment) {
        BlockSchedule schedule = experiment.schedule().orElseThrow(IllegalArgumentException::new);
        LocalDate last = experiment.lastDaySoFar(diary.today(account));
        LocalDate from = experiment.startedOn();
        List<org.legible.diary.CheckIn> checkIns = diary.between(account, from, last.isBefore(from) ? from : last);
        return BlockOutcome.of(
                checkIns,
                schedule,
                last,
                experiment.strategy(),
                experiment.blocks().against(),
                experiment.blocks().asksFollowed() ? repository.answers(account, experiment.id()) : null);
    }

    @Override
    @Transactional
    public boolean answer(AccountId account, String id, LocalDate day, boolean followed) {
        LocalDate today = diary.today(account);
        Optional<Experiment> asking = repository
                .find(account, id)
                .filter(e -> e.blocks() != null && e.blocks().asksFollowed())
                .filter(e -> !day.isBefore(e.startedOn()) && !day.isAfter(e.lastDaySoFar(today)));
        asking.ifPresent(e -> repository.answer(account, id, day, followed));
        return asking.isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public SortedMap<LocalDate, Boolean> answers(AccountId account, String id) {
        return repository.answers(account, id);
    }

    @Override
    @Transactional
    public boolean restore(AccountId account, Experiment experiment, SortedMap<LocalDate, Boolean> answers) {
        boolean answersFit = answers.isEmpty()
                || (experiment.blocks() != null
                        && experiment.blocks().asksFollowed()
                        && !answers.firstKey().isBefore(experiment.startedOn())
                        && !answers.lastKey().isAfter(experiment.plannedLastDay()));
        if (!answersFit) {
            throw new IllegalArgumentException("an answer about a day not of the experiment");
        }
        repository.holdStarts(account, clock.instant());
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
        Experiment restored = experiment.withId(UUID.randomUUID().toString());
        try {
            repository.insert(account, restored);
        } catch (DuplicateKeyException startedAtTheSameTime) {
            throw new AlreadyRunning();
        }
        answers.forEach((day, followed) -> repository.answer(account, restored.id(), day, followed));
        return true;
    }
}
