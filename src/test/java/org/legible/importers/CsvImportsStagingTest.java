package org.legible.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.support.MutableClock;

/** A kept-aside upload belongs to one person and is deleted once it has waited longer than two hours. */
class CsvImportsStagingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final CsvImports staging = new CsvImports(null, null, clock);

    @AfterEach
    void stop() {
        staging.deleteAll();
    }

    @Test
    void the_sweep_deletes_only_files_older_than_two_hours() throws IOException {
        AccountId ann = new AccountId("11111111-1111-1111-1111-111111111111");
        Path old = Files.createTempFile("legible-test-", ".upload");
        String oldId = staging.stage(ann, "old.csv", old);
        clock.set(clock.instant().plus(Duration.ofMinutes(90)));
        Path fresh = Files.createTempFile("legible-test-", ".upload");
        String freshId = staging.stage(ann, "fresh.csv", fresh);

        clock.set(clock.instant().plus(Duration.ofMinutes(31)));
        staging.forgetOld();

        assertThat(old).doesNotExist();
        assertThat(staging.staged(ann, oldId)).isEmpty();
        assertThat(fresh).exists();
        assertThat(staging.staged(ann, freshId)).isPresent();
        assertThat(staging.staged(new AccountId("22222222-2222-2222-2222-222222222222"), freshId))
                .as("another person's id finds nothing")
                .isEmpty();
    }
}
