package org.legible.importers.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.importers.ImportedDays;
import org.legible.importers.KeptAsideFiles;
import org.legible.importers.StagedFiles;
import org.springframework.stereotype.Service;

/** Kept-aside files in {@code staged_upload} (V21), their bytes in the shared upload directory. */
@Service
record KeptAsideService(StagedUploadRepository repository, StagedFiles files, Clock clock) implements KeptAsideFiles {

    static final Duration KEEP = Duration.ofHours(2);

    @Override
    public String stage(AccountId account, String fileName, Path file) {
        String id = UUID.randomUUID().toString();
        repository.insert(new StagedUploadRepository.Row(
                id, account, ImportedDays.name(fileName), files.storedAs(file), clock.instant()));
        return id;
    }

    @Override
    public Optional<Staged> staged(AccountId account, String id) {
        return repository.find(account, id).map(this::staged);
    }

    @Override
    public Optional<Staged> take(AccountId account, String id) {
        Optional<Staged> file = staged(account, id);
        return file.isPresent() && repository.take(account, id) ? file : Optional.empty();
    }

    /** Deletes kept-aside files older than {@link #KEEP}. Called by {@link UploadSweep}. */
    void forgetOld() {
        for (StagedUploadRepository.Row row :
                repository.uploadedBefore(clock.instant().minus(KEEP))) {
            if (repository.delete(row.id())) {
                files.delete(row.storedAs());
            }
        }
    }

    private Staged staged(StagedUploadRepository.Row row) {
        return new Staged(row.id(), row.account(), row.fileName(), files.file(row.storedAs()), row.uploaded());
    }
}
