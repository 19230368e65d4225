package org.legible.importers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.diary.HealthMeasures;
import org.legible.importers.ImportedDays;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A finished import job's result in SQL, every count read back as written, on SQLite and PostgreSQL. */
class ImportJobRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_finished_job_keeps_every_count_of_its_result(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        ImportJobRepository jobs = new ImportJobRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        jobs.insert("job-1", ann, "export.zip", "stored.upload", NOW, 1_000);
        HealthMeasures.Import imported =
                new HealthMeasures.Import("import-1", "apple-health", "export.zip", "a".repeat(64), NOW, 40, 3, 5, 0);
        ImportedDays.Outcome outcome = new ImportedDays.Outcome(imported, false, 1, 2, 4, null, 6, 7, 8);

        jobs.done("job-1", 1_000, 40, outcome, NOW);

        assertThat(jobs.find(ann, "job-1").orElseThrow().progress().outcome())
                .as("the job keeps what its result page shows, not the file's fingerprint or time")
                .isEqualTo(new ImportedDays.Outcome(
                        new HealthMeasures.Import("import-1", "apple-health", "export.zip", null, null, 40, 3, 5, 0),
                        false,
                        1,
                        2,
                        4,
                        null,
                        6,
                        7,
                        8));
    }
}
