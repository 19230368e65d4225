package org.legible.interop.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.legible.interop.csv.CsvTable.Text;
import org.legible.interop.json.ExportDocument;
import org.springframework.stereotype.Service;

/**
 * The full export as a zip of tidy CSV tables, one per kind of row, from the same document as the JSON export;
 * every column is described in docs/export-format.md. Each check-in row is one version; {@code current} says which
 * version stands now.
 */
@Service
public class CsvExport {

    /** The tables, in the order they are written, each with its columns. */
    enum Table {
        ACCOUNT(
                "account.csv",
                "email",
                "time_zone",
                "day_boundary",
                "flare_points",
                "flare_days",
                "asks_mood_and_stress",
                "tracks_cycle"),
        TRACKED_STRATEGIES("tracked_strategies.csv", "strategy", "since"),
        PERIOD_STARTS("period_starts.csv", "day"),
        EFFECT_WINDOWS("effect_windows.csv", "strategy", "starts_after_days", "lasts_days"),
        OWN_ITEMS("own_items.csv", "item_id", "name", "kind", "low", "high", "unit", "words", "since", "stopped_on"),
        CHECK_INS(
                "check_ins.csv",
                "check_in_id",
                "version",
                "current",
                "recorded_at",
                "saved_at",
                "superseded_at",
                "diary_day",
                "overall_pain",
                "time_of_day",
                "sleep_hours",
                "sleep_quality",
                "fatigue",
                "rls_urge",
                "rls_worse_at_rest",
                "rls_relief_by_movement",
                "rls_worse_evening_or_night",
                "note",
                "entered_by",
                "mood",
                "stress",
                "interference",
                "morning_stiffness_minutes"),
        CONTEXTS("check_in_contexts.csv", "check_in_id", "version", "context"),
        WOKE_BY("check_in_woke_by.csv", "check_in_id", "version", "woke_by"),
        SITES("check_in_sites.csv", "check_in_id", "version", "site", "intensity"),
        DESCRIPTORS("check_in_site_descriptors.csv", "check_in_id", "version", "site", "descriptor"),
        STRATEGIES(
                "check_in_strategies.csv",
                "check_in_id",
                "version",
                "strategy",
                "own_name",
                "detail",
                "minutes",
                "helped"),
        MEDICATIONS("check_in_medications.csv", "check_in_id", "version", "name", "dose", "unit", "schedule", "helped"),
        TRIGGERS("check_in_triggers.csv", "check_in_id", "version", "trigger", "own_name"),
        RED_FLAGS("check_in_red_flags.csv", "check_in_id", "version", "red_flag"),
        OWN_ANSWERS("check_in_own_items.csv", "check_in_id", "version", "item_id", "answer"),
        ASSESSMENTS(
                "assessments.csv",
                "assessment_id",
                "instrument_version",
                "status",
                "diary_day",
                "started_at",
                "updated_at",
                "completed_at"),
        ANSWERS("assessment_answers.csv", "assessment_id", "item_code", "answer"),
        OUTSIDE_SCORES("outside_scores.csv", "instrument", "name", "measured_on", "score"),
        CHECK_UPS(
                "check_ups.csv",
                "check_up_id",
                "started_at",
                "updated_at",
                "completed_at",
                "rule_version",
                "medications"),
        CHECK_UP_ANSWERS("check_up_answers.csv", "check_up_id", "question", "answer"),
        CHECK_UP_MECHANISMS("check_up_mechanisms.csv", "check_up_id", "mechanism"),
        MEASURE_IMPORTS("measure_imports.csv", "file_sha256", "source_kind", "file_name", "imported_at", "records"),
        MEASURED_NIGHTS(
                "measured_nights.csv",
                "file_sha256",
                "diary_day",
                "source",
                "asleep_minutes",
                "in_bed_minutes",
                "core_minutes",
                "deep_minutes",
                "rem_minutes"),
        MEASURED_STEPS("measured_steps.csv", "file_sha256", "diary_day", "source", "steps", "active_minutes"),
        TRACKER_ENTRIES(
                "tracker_entries.csv", "file_sha256", "diary_day", "kind", "name", "rating", "scale_max", "detail"),
        EXPERIMENTS(
                "experiments.csv",
                "strategy",
                "started_on",
                "days",
                "ended_on",
                "created_at",
                "design",
                "strategy_b",
                "block_days",
                "washout_days",
                "block_order",
                "way_a",
                "way_b"),
        EXPERIMENT_DAYS("experiment_days.csv", "strategy", "started_on", "day", "followed");

        final String file;
        final List<String> columns;

        Table(String file, String... columns) {
            this.file = file;
            this.columns = List.of(columns);
        }
    }

    public void write(ExportDocument document, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        for (Table table : Table.values()) {
            zip.putNextEntry(new ZipEntry(table.file));
            CsvTable csv = new CsvTable(writer, table.columns);
            for (List<?> row : rows(table, document)) {
                csv.row(row);
            }
            writer.flush();
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    static List<List<?>> rows(Table table, ExportDocument document) {
        List<List<?>> rows = new ArrayList<>();
        switch (table) {
            case ACCOUNT ->
                rows.add(Arrays.asList(
                        Text.of(document.account().email()),
                        document.account().timeZone(),
                        document.account().dayBoundary(),
                        String.valueOf(document.account().flareRule().points()),
                        String.valueOf(document.account().flareRule().days()),
                        document.account().asksMoodAndStress(),
                        document.account().tracksCycle()));
            case TRACKED_STRATEGIES ->
                document.account().trackedStrategies().forEach(t -> rows.add(Arrays.asList(t.strategy(), t.since())));
            case PERIOD_STARTS -> document.account().periodStarts().forEach(d -> rows.add(List.of(d)));
            case EFFECT_WINDOWS ->
                document.account()
                        .effectWindows()
                        .forEach(w -> rows.add(Arrays.asList(Text.of(w.strategy()), w.startsAfter(), w.lasts())));
            case OWN_ITEMS ->
                // The words in one cell, one per line, as the database keeps them.
                document.ownItems()
                        .forEach(i -> rows.add(Arrays.asList(
                                i.id(),
                                Text.of(i.name()),
                                i.kind(),
                                Text.of(i.low()),
                                Text.of(i.high()),
                                Text.of(i.unit()),
                                i.words().isEmpty() ? null : Text.of(String.join("\n", i.words())),
                                i.since(),
                                i.stoppedOn())));
            case ASSESSMENTS ->
                document.assessments()
                        .forEach(a -> rows.add(Arrays.asList(
                                a.id(),
                                a.instrumentVersion(),
                                a.status(),
                                a.diaryDay(),
                                a.startedAt(),
                                a.updatedAt(),
                                a.completedAt())));
            case ANSWERS ->
                document.assessments()
                        .forEach(a ->
                                a.answers().forEach((code, answer) -> rows.add(Arrays.asList(a.id(), code, answer))));
            case OUTSIDE_SCORES ->
                document.outsideScores()
                        .forEach(s ->
                                rows.add(Arrays.asList(s.instrument(), Text.of(s.name()), s.measuredOn(), s.score())));
            case CHECK_UPS ->
                document.checkUps()
                        .forEach(c -> rows.add(Arrays.asList(
                                c.id(),
                                c.startedAt(),
                                c.updatedAt(),
                                c.completedAt(),
                                c.ruleVersion(),
                                Text.of(c.medications()))));
            case CHECK_UP_ANSWERS ->
                document.checkUps().forEach(c -> {
                    c.answers()
                            .forEach((question, answers) ->
                                    answers.forEach(answer -> rows.add(Arrays.asList(c.id(), question, answer))));
                    c.tried()
                            .forEach(
                                    (strategy, helped) -> rows.add(Arrays.asList(c.id(), "tried." + strategy, helped)));
                });
            case CHECK_UP_MECHANISMS ->
                document.checkUps().forEach(c -> c.mechanisms().forEach(m -> rows.add(Arrays.asList(c.id(), m))));
            case MEASURE_IMPORTS ->
                document.measureImports()
                        .forEach(m -> rows.add(Arrays.asList(
                                m.sha256(), m.sourceKind(), Text.of(m.fileName()), m.importedAt(), m.records())));
            case MEASURED_NIGHTS ->
                document.measureImports()
                        .forEach(m -> m.nights()
                                .forEach(n -> rows.add(Arrays.asList(
                                        m.sha256(),
                                        n.diaryDay(),
                                        Text.of(n.source()),
                                        n.asleepMinutes(),
                                        n.inBedMinutes(),
                                        n.coreMinutes(),
                                        n.deepMinutes(),
                                        n.remMinutes()))));
            case MEASURED_STEPS ->
                document.measureImports()
                        .forEach(m -> m.steps()
                                .forEach(s -> rows.add(Arrays.asList(
                                        m.sha256(), s.diaryDay(), Text.of(s.source()), s.steps(), s.activeMinutes()))));
            case EXPERIMENTS ->
                document.experiments()
                        .forEach(e -> rows.add(Arrays.asList(
                                e.strategy(),
                                e.startedOn(),
                                e.days(),
                                e.endedOn(),
                                e.createdAt(),
                                e.design(),
                                e.strategyB(),
                                e.blockDays(),
                                e.washoutDays(),
                                e.blockOrder(),
                                Text.of(e.wayA()),
                                Text.of(e.wayB()))));
            case EXPERIMENT_DAYS ->
                document.experiments()
                        .forEach(e -> e.followed()
                                .forEach(d ->
                                        rows.add(Arrays.asList(e.strategy(), e.startedOn(), d.day(), d.followed()))));
            case TRACKER_ENTRIES ->
                document.measureImports()
                        .forEach(m -> m.entries()
                                .forEach(e -> rows.add(Arrays.asList(
                                        m.sha256(),
                                        e.diaryDay(),
                                        e.kind(),
                                        Text.of(e.name()),
                                        e.rating(),
                                        e.scaleMax(),
                                        Text.of(e.detail())))));
            default -> checkInRows(table, document, rows);
        }
        return rows;
    }

    private static void checkInRows(Table table, ExportDocument document, List<List<?>> rows) {
        for (ExportDocument.CheckIn checkIn : document.checkIns()) {
            for (ExportDocument.Version version : checkIn.versions()) {
                ExportDocument.Details d = version.details();
                String id = checkIn.id();
                int v = version.version();
                switch (table) {
                    case CHECK_INS ->
                        rows.add(Arrays.asList(
                                id,
                                v,
                                version.supersededAt() == null,
                                checkIn.recordedAt(),
                                version.savedAt(),
                                version.supersededAt(),
                                d.diaryDay(),
                                d.overallPain(),
                                d.timeOfDay(),
                                d.sleep().hours(),
                                d.sleep().quality(),
                                d.fatigue(),
                                d.restlessLegs().urge(),
                                d.restlessLegs().worseAtRest(),
                                d.restlessLegs().reliefByMovement(),
                                d.restlessLegs().worseEveningOrNight(),
                                Text.of(d.note()),
                                Text.of(checkIn.enteredBy()),
                                d.mood(),
                                d.stress(),
                                d.interference(),
                                d.morningStiffnessMinutes()));
                    case CONTEXTS -> d.contexts().forEach(c -> rows.add(List.of(id, v, c)));
                    case WOKE_BY -> d.sleep().wokeBy().forEach(w -> rows.add(List.of(id, v, w)));
                    case SITES -> d.sites().forEach(s -> rows.add(List.of(id, v, s.site(), s.intensity())));
                    case DESCRIPTORS ->
                        d.sites().forEach(s -> s.descriptors().forEach(x -> rows.add(List.of(id, v, s.site(), x))));
                    case STRATEGIES ->
                        d.strategies()
                                .forEach(s -> rows.add(Arrays.asList(
                                        id,
                                        v,
                                        s.strategy(),
                                        Text.of(s.ownName()),
                                        Text.of(s.detail()),
                                        s.minutes(),
                                        s.helped())));
                    case MEDICATIONS ->
                        d.medications()
                                .forEach(m -> rows.add(Arrays.asList(
                                        id,
                                        v,
                                        Text.of(m.name()),
                                        m.dose(),
                                        Text.of(m.unit()),
                                        m.schedule(),
                                        m.helped())));
                    case TRIGGERS ->
                        d.triggers().forEach(t -> rows.add(Arrays.asList(id, v, t.trigger(), Text.of(t.ownName()))));
                    case RED_FLAGS -> d.redFlags().forEach(f -> rows.add(List.of(id, v, f)));
                    case OWN_ANSWERS ->
                        d.ownItems().forEach(a -> rows.add(Arrays.asList(id, v, a.item(), Text.of(a.value()))));
                    default -> throw new IllegalStateException(table.name());
                }
            }
        }
    }
}
