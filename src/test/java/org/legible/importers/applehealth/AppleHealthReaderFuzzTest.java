package org.legible.importers.applehealth;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalTime;
import java.time.ZoneId;
import org.legible.accounts.Preferences;
import org.legible.importers.files.UnreadableExport;
import org.legible.importers.files.ZipLimits;

/**
 * Any bytes at all, as an uploaded export: the reader either reads them or refuses them with {@link UnreadableExport}
 * (the page's clear error). Anything else it throws, or a record that breaks the importer's own invariants, is a
 * finding. Seeds: {@code AppleHealthReaderFuzzTestInputs/anyBytes/} (small exports written for the purpose).
 */
class AppleHealthReaderFuzzTest {

    private static final Preferences LONDON = new Preferences(ZoneId.of("Europe/London"), LocalTime.of(4, 0));
    private final AppleHealthReader reader = new AppleHealthReader(new ZipLimits(20, 4L << 20, 200));

    @FuzzTest(maxDuration = "30s")
    void anyBytes(byte[] file) {
        DailyHealth days = new DailyHealth(LONDON);
        try {
            AppleHealthReader.Counts counts = reader.read(new ByteArrayInputStream(file), record -> {
                assertThat(record.end()).isAfterOrEqualTo(record.start());
                assertThat(record.value()).isGreaterThanOrEqualTo(0).isFinite();
                assertThat(record.source()).isNotNull();
                days.accept(record);
            });
            assertThat(counts.used()).isLessThanOrEqualTo(counts.records());
        } catch (UnreadableExport refused) {
            assertThat(refused.getMessage()).matches("(xml|zip)\\.[a-zA-Z]+");
            return;
        } catch (java.io.IOException e) {
            throw new AssertionError("an I/O error from bytes in memory is not a clear refusal", e);
        }
        days.nights().forEach(night -> {
            assertThat(night.asleepMinutes()).isLessThanOrEqualTo(night.inBedMinutes());
            assertThat(night.coreMinutes()).isLessThanOrEqualTo(night.asleepMinutes());
            assertThat(night.deepMinutes()).isLessThanOrEqualTo(night.asleepMinutes());
            assertThat(night.remMinutes()).isLessThanOrEqualTo(night.asleepMinutes());
        });
        days.steps().forEach(day -> assertThat(day.steps()).isNotNegative());
    }
}
