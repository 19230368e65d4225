package org.legible.diary.internal;

import static org.legible.system.sql.SqlValues.bool;
import static org.legible.system.sql.SqlValues.date;
import static org.legible.system.sql.SqlValues.decimal;
import static org.legible.system.sql.SqlValues.instant;
import static org.legible.system.sql.SqlValues.integer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.MoodAndStress;
import org.legible.diary.CheckInDetails.RestlessLegs;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.Sleep;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.CheckInDetails.TriggerMention;
import org.legible.diary.CheckInId;
import org.legible.diary.CheckInScores;
import org.legible.diary.CheckInVersion;
import org.legible.diary.Coded;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.MedicationSchedule;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.diary.Vocabulary.Trigger;
import org.legible.diary.Vocabulary.WokeBy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Explicit SQL for check-ins. A row of {@code check_in} is one version; "current" means not superseded. Every
 * statement is filtered by account id, so another account's rows are invisible here.
 */
@Repository
class CheckInRepository {

    /** One version row without its children. */
    record VersionRow(
            String rowId,
            CheckInId entryId,
            int version,
            LocalDate diaryDay,
            Instant recordedAt,
            Instant savedAt,
            Instant supersededAt,
            int overallPain,
            TimeOfDay timeOfDay,
            Integer fatigue,
            Sleep sleepScalars,
            RestlessLegs restlessLegs,
            String note,
            String enteredBy,
            MoodAndStress moodAndStress,
            Integer interference,
            Integer morningStiffnessMinutes) {}

    private static final String COLUMNS = """
            id, entry_id, version, diary_day, recorded_at, saved_at, superseded_at, overall_pain, time_of_day,
            fatigue, sleep_hours, sleep_quality, rls_urge, rls_worse_at_rest, rls_relieved_by_movement,
            rls_worse_evening, note, entered_by, mood, stress, interference,
            morning_stiffness_minutes
            """;

    private final JdbcClient jdbc;

    CheckInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts one version the person entered themselves; returns its id. */
    String insertVersion(
            AccountId account, CheckInId entry, int version, Instant recordedAt, Instant savedAt, CheckInDetails d) {
        return insertVersion(account, entry, version, recordedAt, savedAt, d, null);
    }

    /** Inserts one version and its child rows, entered by a carer ({@code enteredBy}) or not; returns its id. */
    String insertVersion(
            AccountId account,
            CheckInId entry,
            int version,
            Instant recordedAt,
            Instant savedAt,
            CheckInDetails d,
            String enteredBy) {
        String rowId = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO check_in (id, account_id, entry_id, version, diary_day, recorded_at, saved_at,
                    overall_pain, time_of_day, fatigue, sleep_hours, sleep_quality, rls_urge, rls_worse_at_rest,
                    rls_relieved_by_movement, rls_worse_evening, note, entered_by, mood, stress, interference,
                    morning_stiffness_minutes)
                VALUES (:id, :account, :entry, :version, :day, :recorded, :saved, :overall, :timeOfDay, :fatigue,
                    :sleepHours, :sleepQuality, :urge, :worseAtRest, :relief, :worseEvening, :note, :enteredBy,
                    :mood, :stress, :interference, :stiffness)
                """)
                .param("id", rowId)
                .param("account", account.value())
                .param("entry", entry.value())
                .param("version", version)
                .param("day", date(d.diaryDay()))
                .param("recorded", instant(recordedAt))
                .param("saved", instant(savedAt))
                .param("overall", d.overallPain())
                .param("timeOfDay", code(d.timeOfDay()))
                .param("fatigue", d.fatigue())
                .param("sleepHours", d.sleep().hours())
                .param("sleepQuality", d.sleep().quality())
                .param("urge", d.restlessLegs().urge())
                .param("worseAtRest", d.restlessLegs().worseAtRest())
                .param("relief", d.restlessLegs().reliefByMovement())
                .param("worseEvening", d.restlessLegs().worseEveningOrNight())
                .param("note", d.note())
                .param("enteredBy", enteredBy)
                .param("mood", d.moodAndStress().mood(), Types.INTEGER)
                .param("stress", d.moodAndStress().stress(), Types.INTEGER)
                .param("interference", d.interference(), Types.INTEGER)
                .param("stiffness", d.morningStiffnessMinutes(), Types.INTEGER)
                .update();
        insertChildren(account, rowId, d);
        return rowId;
    }

    /** Whether any account has a check-in with this entry id; ids are unique across the database. */
    boolean entryExists(CheckInId entry) {
        return jdbc.sql("SELECT 1 FROM check_in WHERE entry_id = :entry LIMIT 1")
                .param("entry", entry.value())
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    boolean entryExists(AccountId account, CheckInId entry) {
        return jdbc.sql("SELECT 1 FROM check_in WHERE account_id = :account AND entry_id = :entry LIMIT 1")
                .param("account", account.value())
                .param("entry", entry.value())
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    private void insertChildren(AccountId account, String rowId, CheckInDetails d) {
        for (SitePain site : d.sites()) {
            child(
                            "INSERT INTO check_in_site (check_in_id, account_id, region, side, intensity) "
                                    + "VALUES (:row, :account, :region, :side, :intensity)",
                            account,
                            rowId)
                    .param("region", site.site().region().code())
                    .param("side", site.site().side().code())
                    .param("intensity", site.intensity())
                    .update();
            for (Descriptor descriptor : site.descriptors()) {
                child(
                                "INSERT INTO check_in_site_descriptor (check_in_id, account_id, region, side, descriptor) "
                                        + "VALUES (:row, :account, :region, :side, :descriptor)",
                                account,
                                rowId)
                        .param("region", site.site().region().code())
                        .param("side", site.site().side().code())
                        .param("descriptor", descriptor.code())
                        .update();
            }
        }
        for (PainContext context : d.contexts()) {
            child(
                            "INSERT INTO check_in_context (check_in_id, account_id, context) VALUES (:row, :account, :code)",
                            account,
                            rowId)
                    .param("code", context.code())
                    .update();
        }
        for (WokeBy reason : d.sleep().wokeBy()) {
            child(
                            "INSERT INTO check_in_woke_by (check_in_id, account_id, reason) VALUES (:row, :account, :code)",
                            account,
                            rowId)
                    .param("code", reason.code())
                    .update();
        }
        int ordinal = 0;
        for (StrategyUse use : d.strategies()) {
            child("""
                    INSERT INTO check_in_strategy (check_in_id, account_id, ordinal, strategy, own_name, detail,
                        minutes, helped)
                    VALUES (:row, :account, :ordinal, :strategy, :own, :detail, :minutes, :helped)
                    """, account, rowId)
                    .param("ordinal", ordinal++)
                    .param("strategy", code(use.strategy()))
                    .param("own", use.ownName())
                    .param("detail", use.detail())
                    .param("minutes", use.minutes())
                    .param("helped", code(use.helped()))
                    .update();
        }
        ordinal = 0;
        for (MedicationUse medication : d.medications()) {
            child("""
                    INSERT INTO check_in_medication (check_in_id, account_id, ordinal, name, dose, unit, schedule,
                        helped)
                    VALUES (:row, :account, :ordinal, :name, :dose, :unit, :schedule, :helped)
                    """, account, rowId)
                    .param("ordinal", ordinal++)
                    .param("name", medication.name())
                    .param("dose", medication.dose())
                    .param("unit", medication.unit())
                    .param("schedule", code(medication.schedule()))
                    .param("helped", code(medication.helped()))
                    .update();
        }
        for (RedFlag flag : d.redFlags()) {
            child(
                            "INSERT INTO check_in_red_flag (check_in_id, account_id, flag) VALUES (:row, :account, :code)",
                            account,
                            rowId)
                    .param("code", flag.code())
                    .update();
        }
        for (CheckInDetails.OwnAnswer answer : d.ownItems()) {
            child(
                            "INSERT INTO check_in_own_item (check_in_id, account_id, item_id, answer)"
                                    + " VALUES (:row, :account, :item, :answer)",
                            account,
                            rowId)
                    .param("item", answer.item())
                    .param("answer", answer.value())
                    .update();
        }
        ordinal = 0;
        for (TriggerMention trigger : d.triggers()) {
            child("""
                    INSERT INTO check_in_trigger (check_in_id, account_id, ordinal, trigger_code, own_name)
                    VALUES (:row, :account, :ordinal, :code, :own)
                    """, account, rowId)
                    .param("ordinal", ordinal++)
                    .param("code", code(trigger.trigger()))
                    .param("own", trigger.ownName())
                    .update();
        }
    }

    private JdbcClient.StatementSpec child(String sql, AccountId account, String rowId) {
        return jdbc.sql(sql).param("row", rowId).param("account", account.value());
    }

    Optional<VersionRow> current(AccountId account, CheckInId entry) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM check_in WHERE account_id = :account AND entry_id = :entry AND superseded_at IS NULL")
                .param("account", account.value())
                .param("entry", entry.value())
                .query(CheckInRepository::versionRow)
                .optional();
    }

    /** Marks the version superseded; false when someone else superseded it first. */
    boolean supersede(AccountId account, String rowId, Instant now) {
        return jdbc.sql("""
                        UPDATE check_in SET superseded_at = :now
                        WHERE account_id = :account AND id = :row AND superseded_at IS NULL
                        """)
                        .param("now", instant(now))
                        .param("account", account.value())
                        .param("row", rowId)
                        .update()
                == 1;
    }

    int deleteEntry(AccountId account, CheckInId entry) {
        return jdbc.sql("DELETE FROM check_in WHERE account_id = :account AND entry_id = :entry")
                .param("account", account.value())
                .param("entry", entry.value())
                .update();
    }

    Optional<CheckIn> find(AccountId account, CheckInId entry) {
        return current(account, entry)
                .map(row -> toCheckIns(account, List.of(row)).get(0));
    }

    List<CheckInVersion> earlierVersions(AccountId account, CheckInId entry) {
        List<VersionRow> rows = jdbc.sql("SELECT " + COLUMNS
                        + " FROM check_in WHERE account_id = :account AND entry_id = :entry"
                        + " AND superseded_at IS NOT NULL ORDER BY version")
                .param("account", account.value())
                .param("entry", entry.value())
                .query(CheckInRepository::versionRow)
                .list();
        Map<String, CheckInDetails> details = details(account, rows);
        return rows.stream()
                .map(row ->
                        new CheckInVersion(row.version(), row.savedAt(), row.supersededAt(), details.get(row.rowId())))
                .toList();
    }

    Optional<CheckIn> latest(AccountId account) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_in WHERE account_id = :account AND superseded_at IS NULL"
                        + " ORDER BY recorded_at DESC, id DESC LIMIT 1")
                .param("account", account.value())
                .query(CheckInRepository::versionRow)
                .optional()
                .map(row -> toCheckIns(account, List.of(row)).get(0));
    }

    boolean hasAny(AccountId account) {
        return jdbc.sql("SELECT 1 FROM check_in WHERE account_id = :account LIMIT 1")
                .param("account", account.value())
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    boolean hasAnyOn(AccountId account, LocalDate day) {
        return jdbc.sql(
                        "SELECT 1 FROM check_in WHERE account_id = :account AND diary_day = :day AND superseded_at IS NULL LIMIT 1")
                .param("account", account.value())
                .param("day", date(day))
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    List<CheckIn> page(AccountId account, int offset, int limit) {
        List<VersionRow> rows = jdbc.sql("SELECT " + COLUMNS
                        + " FROM check_in WHERE account_id = :account AND superseded_at IS NULL"
                        + " ORDER BY diary_day DESC, recorded_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("account", account.value())
                .param("limit", limit)
                .param("offset", offset)
                .query(CheckInRepository::versionRow)
                .list();
        return toCheckIns(account, rows);
    }

    List<CheckIn> onDay(AccountId account, LocalDate day) {
        List<VersionRow> rows = jdbc.sql("SELECT " + COLUMNS
                        + " FROM check_in WHERE account_id = :account AND superseded_at IS NULL AND diary_day = :day"
                        + " ORDER BY recorded_at DESC, id DESC")
                .param("account", account.value())
                .param("day", date(day))
                .query(CheckInRepository::versionRow)
                .list();
        return toCheckIns(account, rows);
    }

    List<CheckIn> between(AccountId account, LocalDate from, LocalDate to) {
        List<VersionRow> rows = jdbc.sql("SELECT " + COLUMNS
                        + " FROM check_in WHERE account_id = :account AND superseded_at IS NULL"
                        + " AND diary_day BETWEEN :from AND :to ORDER BY diary_day, recorded_at, id")
                .param("account", account.value())
                .param("from", date(from))
                .param("to", date(to))
                .query(CheckInRepository::versionRow)
                .list();
        return toCheckIns(account, rows);
    }

    /** The current versions' numbers only, in {@link #between}'s order, so a day's first sleep is the same. */
    List<CheckInScores> scores(AccountId account) {
        return jdbc.sql("SELECT diary_day, overall_pain, fatigue, sleep_hours, rls_urge FROM check_in"
                        + " WHERE account_id = :account AND superseded_at IS NULL"
                        + " ORDER BY diary_day, recorded_at, id")
                .param("account", account.value())
                .query((rs, row) -> new CheckInScores(
                        date(rs.getString("diary_day")),
                        rs.getInt("overall_pain"),
                        integer(rs.getObject("fatigue")),
                        decimal(rs.getObject("sleep_hours")),
                        integer(rs.getObject("rls_urge"))))
                .list();
    }

    private List<CheckIn> toCheckIns(AccountId account, List<VersionRow> rows) {
        Map<String, CheckInDetails> details = details(account, rows);
        List<CheckIn> checkIns = new ArrayList<>(rows.size());
        for (VersionRow row : rows) {
            checkIns.add(new CheckIn(
                    row.entryId(),
                    row.version(),
                    row.recordedAt(),
                    row.savedAt(),
                    details.get(row.rowId()),
                    row.enteredBy()));
        }
        return checkIns;
    }

    /** Loads the children of many versions with one query per child table. */
    private Map<String, CheckInDetails> details(AccountId account, List<VersionRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<String> ids = rows.stream().map(VersionRow::rowId).toList();
        Map<String, Map<BodySite, Set<Descriptor>>> descriptors = new HashMap<>();
        children("SELECT check_in_id, region, side, descriptor FROM check_in_site_descriptor", account, ids, rs -> {
            descriptors
                    .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                    .computeIfAbsent(site(rs.getString(2), rs.getString(3)), k -> EnumSet.noneOf(Descriptor.class))
                    .add(Descriptor.fromCode(rs.getString(4)).orElseThrow());
        });
        Map<String, List<SitePain>> sites = new HashMap<>();
        children("SELECT check_in_id, region, side, intensity FROM check_in_site", account, ids, rs -> {
            BodySite site = site(rs.getString(2), rs.getString(3));
            Set<Descriptor> felt =
                    descriptors.getOrDefault(rs.getString(1), Map.of()).getOrDefault(site, Set.of());
            sites.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SitePain(site, rs.getInt(4), felt));
        });
        Map<String, Set<PainContext>> contexts = new HashMap<>();
        children(
                "SELECT check_in_id, context FROM check_in_context",
                account,
                ids,
                rs -> contexts.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(PainContext.class))
                        .add(vocabulary(PainContext.class, rs.getString(2))));
        Map<String, Set<WokeBy>> wokeBy = new HashMap<>();
        children(
                "SELECT check_in_id, reason FROM check_in_woke_by",
                account,
                ids,
                rs -> wokeBy.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(WokeBy.class))
                        .add(vocabulary(WokeBy.class, rs.getString(2))));
        Map<String, List<StrategyUse>> strategies = new HashMap<>();
        children(
                "SELECT check_in_id, strategy, own_name, detail, minutes, helped FROM check_in_strategy",
                account,
                ids,
                " ORDER BY ordinal",
                rs -> strategies
                        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new StrategyUse(
                                vocabulary(Strategy.class, rs.getString(2)),
                                rs.getString(3),
                                rs.getString(4),
                                integer(rs.getObject(5)),
                                vocabulary(Helped.class, rs.getString(6)))));
        Map<String, List<MedicationUse>> medications = new HashMap<>();
        children(
                "SELECT check_in_id, name, dose, unit, schedule, helped FROM check_in_medication",
                account,
                ids,
                " ORDER BY ordinal",
                rs -> medications
                        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new MedicationUse(
                                rs.getString(2),
                                decimal(rs.getObject(3)),
                                rs.getString(4),
                                vocabulary(MedicationSchedule.class, rs.getString(5)),
                                vocabulary(Helped.class, rs.getString(6)))));
        Map<String, List<TriggerMention>> triggers = new HashMap<>();
        children(
                "SELECT check_in_id, trigger_code, own_name FROM check_in_trigger",
                account,
                ids,
                " ORDER BY ordinal",
                rs -> triggers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new TriggerMention(vocabulary(Trigger.class, rs.getString(2)), rs.getString(3))));
        Map<String, Set<RedFlag>> redFlags = new HashMap<>();
        children(
                "SELECT check_in_id, flag FROM check_in_red_flag",
                account,
                ids,
                rs -> redFlags.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(RedFlag.class))
                        .add(vocabulary(RedFlag.class, rs.getString(2))));
        Map<String, List<CheckInDetails.OwnAnswer>> ownItems = new HashMap<>();
        children(
                "SELECT check_in_id, item_id, answer FROM check_in_own_item",
                account,
                ids,
                rs -> ownItems.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new CheckInDetails.OwnAnswer(rs.getString(2), rs.getString(3))));

        Map<String, CheckInDetails> result = new LinkedHashMap<>();
        for (VersionRow row : rows) {
            String id = row.rowId();
            List<SitePain> rowSites = sites.getOrDefault(id, List.of());
            result.put(
                    id,
                    new CheckInDetails(
                            row.diaryDay(),
                            row.overallPain(),
                            row.timeOfDay(),
                            contexts.getOrDefault(id, Set.of()),
                            rowSites,
                            new Sleep(
                                    row.sleepScalars().hours(),
                                    row.sleepScalars().quality(),
                                    wokeBy.getOrDefault(id, Set.of())),
                            row.fatigue(),
                            row.restlessLegs(),
                            strategies.getOrDefault(id, List.of()),
                            medications.getOrDefault(id, List.of()),
                            triggers.getOrDefault(id, List.of()),
                            row.note(),
                            redFlags.getOrDefault(id, Set.of()),
                            row.moodAndStress(),
                            row.interference(),
                            row.morningStiffnessMinutes(),
                            ownItems.getOrDefault(id, List.of())));
        }
        return result;
    }

    static final int IDS_PER_QUERY = 500;

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void children(String select, AccountId account, Collection<String> ids, RowHandler handler) {
        children(select, account, ids, "", handler);
    }

    /** Asks in chunks, so a long period stays under the databases' limits on bound parameters. */
    private void children(String select, AccountId account, Collection<String> ids, String order, RowHandler handler) {
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            jdbc.sql(select + " WHERE account_id = :account AND check_in_id IN (:ids)" + order)
                    .param("account", account.value())
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query(rs -> {
                        handler.handle(rs);
                    });
        }
    }

    private static VersionRow versionRow(ResultSet rs, int rowNum) throws SQLException {
        return new VersionRow(
                rs.getString("id"),
                new CheckInId(rs.getString("entry_id")),
                rs.getInt("version"),
                date(rs.getString("diary_day")),
                instant(rs.getString("recorded_at")),
                instant(rs.getString("saved_at")),
                instant(rs.getString("superseded_at")),
                rs.getInt("overall_pain"),
                vocabulary(TimeOfDay.class, rs.getString("time_of_day")),
                integer(rs.getObject("fatigue")),
                new Sleep(decimal(rs.getObject("sleep_hours")), integer(rs.getObject("sleep_quality")), Set.of()),
                new RestlessLegs(
                        integer(rs.getObject("rls_urge")),
                        bool(rs.getObject("rls_worse_at_rest")),
                        bool(rs.getObject("rls_relieved_by_movement")),
                        bool(rs.getObject("rls_worse_evening"))),
                rs.getString("note"),
                rs.getString("entered_by"),
                new MoodAndStress(integer(rs.getObject("mood")), integer(rs.getObject("stress"))),
                integer(rs.getObject("interference")),
                integer(rs.getObject("morning_stiffness_minutes")));
    }

    private static BodySite site(String region, String side) {
        return new BodySite(Region.fromCode(region).orElseThrow(), Side.fromCode(side));
    }

    private static <E extends Enum<E> & Coded> E vocabulary(Class<E> type, String code) {
        return code == null ? null : Coded.fromCode(type, code).orElseThrow();
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }
}
