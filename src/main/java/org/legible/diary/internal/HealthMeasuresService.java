package org.legible.diary.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.diary.HealthMeasures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One transaction per import: either every new day of a file is saved with its import row, or nothing is. */
@Service
class HealthMeasuresService implements HealthMeasures {

    private static final Logger log = LoggerFactory.getLogger(HealthMeasuresService.class);

    private final HealthMeasureRepository repository;
    private final Clock clock;

    HealthMeasuresService(HealthMeasureRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Import> findByFile(AccountId account, String sha256) {
        return repository.findByFile(account, sha256);
    }

    @Override
    @Transactional
    public Saved save(
            AccountId account,
            String sourceKind,
            String fileName,
            String sha256,
            long records,
            List<Night> nights,
            List<StepDay> steps,
            List<TrackerEntry> entries) {
        String id = UUID.randomUUID().toString();
        repository.insertImport(account, id, sourceKind, fileName, sha256, clock.instant(), records);
        int nightsSkipped = repository.insertNights(account, id, nights);
        int stepsSkipped = repository.insertSteps(account, id, steps);
        int entriesSkipped = 0;
        for (TrackerEntry entry : entries) {
            if (!repository.insertEntry(account, id, entry)) {
                entriesSkipped++;
            }
        }
        log.info("measure import {} saved for account {}", id, account.value());
        return new Saved(repository.find(account, id).orElseThrow(), nightsSkipped, stepsSkipped, entriesSkipped);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ImportWithDays> everything(AccountId account) {
        List<Import> imports = new java.util.ArrayList<>(repository.imports(account));
        java.util.Collections.reverse(imports);
        return imports.stream()
                .map(i -> new ImportWithDays(
                        i,
                        repository.nightsOf(account, i.id()),
                        repository.stepsOf(account, i.id()),
                        repository.entriesOf(account, i.id())))
                .toList();
    }

    @Override
    @Transactional
    public boolean restore(
            AccountId account, Import imported, List<Night> nights, List<StepDay> steps, List<TrackerEntry> entries) {
        if (repository.findByFile(account, imported.sha256()).isPresent()) {
            return false;
        }
        String id = UUID.randomUUID().toString();
        repository.insertImport(
                account,
                id,
                imported.sourceKind(),
                imported.fileName(),
                imported.sha256(),
                imported.importedAt(),
                imported.records());
        repository.insertNights(account, id, nights);
        repository.insertSteps(account, id, steps);
        entries.forEach(entry -> repository.insertEntry(account, id, entry));
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Import> imports(AccountId account) {
        return repository.imports(account);
    }

    @Override
    @Transactional
    public boolean undo(AccountId account, String importId) {
        return repository.delete(account, importId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Night> nights(AccountId account, LocalDate from, LocalDate to) {
        return repository.nights(account, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StepDay> steps(AccountId account, LocalDate from, LocalDate to) {
        return repository.steps(account, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrackerEntry> entries(AccountId account, LocalDate from, LocalDate to) {
        return repository.entries(account, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RatedItem> ratedItems(AccountId account) {
        return repository.ratedItems(account);
    }

    @Override
    @Transactional(readOnly = true)
    public Measured measured(AccountId account, LocalDate from, LocalDate to) {
        return new Measured(
                repository.nights(account, from, to),
                repository.steps(account, from, to),
                repository.entries(account, from, to));
    }
}
