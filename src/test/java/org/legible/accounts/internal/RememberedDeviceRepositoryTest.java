package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The devices people stay signed in on, on SQLite and PostgreSQL. */
class RememberedDeviceRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_device_is_found_by_its_series_listed_for_its_person_and_forgotten_only_by_them(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        RememberedDeviceRepository devices = new RememberedDeviceRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        devices.insert(
                new RememberedDeviceRepository.Row("d1", ann, "series-1", "hash-1", "Chrome on Android", null), NOW);
        devices.insert(
                new RememberedDeviceRepository.Row("d2", ann, "series-2", "hash-2", "Safari on iPhone", null), NOW);

        assertThat(devices.bySeries("series-1").orElseThrow().tokenHash()).isEqualTo("hash-1");
        assertThat(devices.bySeries("series-1").orElseThrow().lastUsedAt()).isEqualTo(NOW);
        devices.used("series-2", NOW.plusSeconds(60));
        assertThat(devices.ofAccount(ann))
                .extracting(RememberedDeviceRepository.Row::label)
                .as("most recently used first")
                .containsExactly("Safari on iPhone", "Chrome on Android");
        assertThat(devices.ofAccount(bob)).isEmpty();

        assertThat(devices.delete(bob, "d1")).isFalse();
        assertThat(devices.delete(ann, "d1")).isTrue();
        devices.insert(
                new RememberedDeviceRepository.Row("d3", ann, "series-3", "hash-3", "Firefox on Linux", null), NOW);
        devices.deleteAllBut(ann, "series-3");
        assertThat(devices.ofAccount(ann))
                .extracting(RememberedDeviceRepository.Row::id)
                .containsExactly("d3");
        devices.deleteSeries("series-3");
        assertThat(devices.bySeries("series-3")).isEmpty();
    }
}
