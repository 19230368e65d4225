package org.legible.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.legible.importers.files.UnreadableExport;

/**
 * Any bytes at all, as an uploaded CSV read by a fixed mapping (day in the first column as an ISO date-time, time
 * asleep in hours in the second, steps in the third, time in bed in the fourth, a 0 to 10 pain score in the fifth,
 * unreadable rows left out): it is either read or refused with
 * {@link UnreadableExport}. Anything else thrown, or a day that breaks the import's limits, is a finding. Seeds:
 * {@code CsvDaysFuzzTestInputs/anyBytes/}.
 */
class CsvDaysFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ColumnMapping MAPPING = Mapping.day(0, DateFormat.ISO_WITH_TIME)
            .in(ZoneId.of("UTC"))
            .sleep(1, ColumnMapping.SleepUnit.HOURS)
            .steps(2)
            .inBed(3)
            .pain(4, 10)
            .leavingOutBadRows()
            .build();

    @FuzzTest(maxDuration = "30s")
    void anyBytes(byte[] file) {
        CsvDays.Days days;
        try {
            CsvRows rows = new CsvRows(new ByteArrayInputStream(file));
            List<String> header = rows.header();
            days = new CsvDays(MAPPING, header, ZoneId.of("Pacific/Chatham"), TODAY).read(rows, "f.csv", n -> {});
        } catch (UnreadableExport refused) {
            assertThat(refused.getMessage()).matches("csv\\.[a-zA-Z0-9]+");
            return;
        } catch (IOException e) {
            throw new AssertionError("an I/O error from bytes in memory is not a clear refusal", e);
        }
        days.nights().forEach(night -> {
            assertThat(night.asleepMinutes()).isPositive().isLessThanOrEqualTo(BigDecimal.valueOf(24 * 60));
            assertThat(night.day()).isBeforeOrEqualTo(TODAY);
            assertThat(night.inBedMinutes()).isGreaterThanOrEqualTo(night.asleepMinutes());
        });
        days.painScores().forEach(score -> assertThat(score.rating()).isBetween(0, 10));
        days.steps().forEach(day -> assertThat(day.steps()).isBetween(1L, CsvDays.MAX_STEPS));
    }
}
