package org.legible.importers.flaredown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.legible.diary.HealthMeasures.EntryKind;
import org.legible.importers.csv.CsvRows;
import org.legible.importers.files.UnreadableExport;

/**
 * Any bytes at all, as an uploaded Flaredown export: its header is taken as Flaredown's or refused, its columns are
 * surveyed, and it is read by the roles Legible guesses, with unreadable days left out, as the import does. The only
 * acceptable refusal is {@link UnreadableExport} (or a header that is not Flaredown's); any other exception, or an
 * entry outside its scale or in the future, is a finding. Seeds: {@code FlaredownDaysFuzzTestInputs/anyBytes/}.
 */
class FlaredownDaysFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @FuzzTest(maxDuration = "30s")
    void anyBytes(byte[] file) {
        FlaredownDays.Days days;
        try {
            CsvRows header = new CsvRows(new ByteArrayInputStream(file));
            Optional<FlaredownLayout> found = FlaredownLayout.of(header.header());
            if (found.isEmpty()) {
                return; // "This is not a Flaredown export"
            }
            FlaredownLayout layout = found.get();
            List<ColumnSurvey> survey = ColumnSurvey.of(layout, header);
            List<ColumnRole> roles = new ArrayList<>();
            roles.add(ColumnRole.LEAVE_OUT);
            survey.forEach(column -> roles.add(column.guess(layout)));
            CsvRows rows = new CsvRows(new ByteArrayInputStream(file));
            rows.header();
            days = new FlaredownDays(layout, roles, TODAY, true).read(rows, n -> {});
        } catch (UnreadableExport refused) {
            assertThat(refused.getMessage()).matches("(csv|flaredown)\\.[a-zA-Z0-9]+");
            return;
        } catch (IOException e) {
            throw new AssertionError("an I/O error from bytes in memory is not a clear refusal", e);
        }
        days.entries().forEach(entry -> {
            assertThat(entry.day()).isBeforeOrEqualTo(TODAY);
            if (entry.kind() == EntryKind.RATING) {
                assertThat(entry.rating()).isBetween(0, FlaredownLayout.SCALE_MAX);
            }
        });
    }
}
