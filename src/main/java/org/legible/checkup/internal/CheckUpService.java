package org.legible.checkup.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.checkup.CheckUp;
import org.legible.checkup.CheckUpAnswers;
import org.legible.checkup.CheckUpId;
import org.legible.checkup.CheckUpResult;
import org.legible.checkup.CheckUps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps at most one unfinished check-up per person; finishing it stores the result's mechanisms and rule version. */
@Service
class CheckUpService implements CheckUps {

    private static final Logger log = LoggerFactory.getLogger(CheckUpService.class);

    private final CheckUpRepository repository;
    private final Clock clock;

    CheckUpService(CheckUpRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CheckUp> draft(AccountId account) {
        return repository.draft(account);
    }

    @Override
    @Transactional
    public CheckUpId save(AccountId account, CheckUpAnswers answers) {
        CheckUpId id = repository.draft(account).map(CheckUp::id).orElseGet(() -> start(account));
        repository.replaceAnswers(account, id, answers, clock.instant());
        return id;
    }

    @Override
    @Transactional
    public CheckUpId finish(AccountId account, CheckUpAnswers answers) {
        CheckUpId id = save(account, answers);
        CheckUpResult result = CheckUpResult.of(answers);
        repository.markFinished(account, id, clock.instant(), CheckUpResult.RULE_VERSION, result.mechanisms());
        log.info("check-up {} finished for account {}", id, account.value());
        return id;
    }

    private CheckUpId start(AccountId account) {
        CheckUpId id = CheckUpId.random();
        repository.insert(account, id, clock.instant());
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CheckUp> find(AccountId account, CheckUpId id) {
        return repository.find(account, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CheckUp> finished(AccountId account) {
        return repository.finished(account);
    }

    @Override
    @Transactional
    public boolean restore(AccountId account, CheckUp checkUp) {
        CheckUpAnswers.Parsed parsed = CheckUpAnswers.read(form(checkUp.answers()));
        if (!parsed.errors().isEmpty() || !parsed.answers().equals(checkUp.answers())) {
            throw new IllegalArgumentException("answers the check-up does not allow");
        }
        if (checkUp.finished() != (checkUp.ruleVersion() != null)) {
            throw new IllegalArgumentException("a finished check-up needs its rule version, an unfinished one none");
        }
        CheckUpId target = checkUp.id();
        if (!repository.exists(account, target) && repository.exists(target)) {
            target = new CheckUpId(account.derive(target.toString()));
        }
        if (repository.exists(account, target)) {
            return false;
        }
        repository.restore(account, target, checkUp);
        return true;
    }

    /** Answers back into the form's fields, so a restored check-up passes the same checks as a typed one. */
    private static java.util.Map<String, java.util.List<String>> form(CheckUpAnswers answers) {
        java.util.Map<String, java.util.List<String>> form = new java.util.HashMap<>();
        answers.values().forEach((question, values) -> form.put(question.code(), values));
        answers.tried()
                .forEach((strategy, helped) -> form.put("tried." + strategy.code(), java.util.List.of(helped.code())));
        if (answers.medications() != null) {
            form.put("medications", java.util.List.of(answers.medications()));
        }
        return form;
    }

    @Override
    @Transactional
    public boolean delete(AccountId account, CheckUpId id) {
        return repository.delete(account, id);
    }
}
