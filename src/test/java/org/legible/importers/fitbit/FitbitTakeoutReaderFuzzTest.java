package org.legible.importers.fitbit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import org.legible.accounts.Preferences;
import org.legible.importers.files.UnreadableExport;
import org.legible.importers.files.ZipLimits;

/**
 * Any bytes at all, as an uploaded Fitbit export: the reader either reads them or refuses them with
 * {@link UnreadableExport}. The first byte picks the name it was uploaded with (a Takeout zip, a steps file or a
 * sleep file), the rest is the file. Anything else thrown, or a night or step day that breaks the importer's
 * invariants, is a finding. Seeds: {@code FitbitTakeoutReaderFuzzTestInputs/anyBytes/}.
 */
class FitbitTakeoutReaderFuzzTest {

    private static final Preferences SANTIAGO = new Preferences(ZoneId.of("America/Santiago"), LocalTime.of(4, 0));
    private static final String[] NAMES = {"takeout.zip", "steps-2024-01-01.json", "sleep-2024-01-01.json"};

    private final FitbitTakeoutReader reader = new FitbitTakeoutReader(new ZipLimits(20, 4L << 20, 200));

    @FuzzTest(maxDuration = "30s")
    void anyBytes(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String name = NAMES[Math.floorMod(input[0], NAMES.length)];
        byte[] file = Arrays.copyOfRange(input, 1, input.length);
        FitbitExport export = new FitbitExport(n -> {});
        try {
            reader.read(new ByteArrayInputStream(file), name, export);
        } catch (UnreadableExport refused) {
            assertThat(refused.getMessage()).matches("(json|zip|fitbit)\\.[a-zA-Z.]+");
            return;
        } catch (IOException e) {
            throw new AssertionError("an I/O error from bytes in memory is not a clear refusal", e);
        }
        export.nights().forEach(night -> {
            assertThat(night.asleepMinutes()).isLessThanOrEqualTo(night.inBedMinutes());
            assertThat(night.coreMinutes().add(night.deepMinutes()).add(night.remMinutes()))
                    .isLessThanOrEqualTo(night.asleepMinutes());
        });
        StepClock clock = export.stepClock(StepClock.AUTO, SANTIAGO);
        assertThat(clock).isNotEqualTo(StepClock.AUTO);
        export.stepDays(clock, SANTIAGO).forEach(day -> assertThat(day.steps()).isPositive());
    }
}
