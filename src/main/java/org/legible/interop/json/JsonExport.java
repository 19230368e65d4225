package org.legible.interop.json;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Preferences;
import org.legible.assessments.Assessment;
import org.legible.assessments.Assessments;
import org.legible.assessments.OutsideScore;
import org.legible.bodymap.Descriptor;
import org.legible.checkup.CheckUp;
import org.legible.checkup.CheckUps;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInVersion;
import org.legible.diary.Coded;
import org.legible.diary.Diary;
import org.legible.diary.EffectWindows;
import org.legible.diary.HealthMeasures;
import org.legible.diary.Limits;
import org.legible.diary.OwnItem;
import org.legible.diary.OwnItems;
import org.legible.diary.PeriodStarts;
import org.legible.diary.RedFlagChecks;
import org.legible.diary.TrackedStrategies;
import org.legible.experiments.Experiment;
import org.legible.experiments.Experiments;
import org.legible.insights.patterns.Mechanism;
import org.legible.reminders.ReminderSettings;
import org.legible.reminders.Reminders;
import org.legible.sharing.Shares;
import org.springframework.stereotype.Service;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Builds and writes one person's full export: everything they recorded, nothing of anyone else's. */
@Service
public class JsonExport {

    /** Later than any diary day can be, so "between the first and this" is everything. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Accounts accounts;
    private final Diary diary;
    private final TrackedStrategies trackedStrategies;
    private final OwnItems ownItems;
    private final PeriodStarts periodStarts;
    private final EffectWindows effectWindows;
    private final RedFlagChecks redFlagChecks;
    private final Reminders reminders;
    private final Assessments assessments;
    private final CheckUps checkUps;
    private final Experiments experiments;
    private final Shares shares;
    private final HealthMeasures healthMeasures;
    private final Clock clock;

    JsonExport(
            Accounts accounts,
            Diary diary,
            TrackedStrategies trackedStrategies,
            OwnItems ownItems,
            PeriodStarts periodStarts,
            EffectWindows effectWindows,
            RedFlagChecks redFlagChecks,
            Reminders reminders,
            Assessments assessments,
            CheckUps checkUps,
            Experiments experiments,
            Shares shares,
            HealthMeasures healthMeasures,
            Clock clock) {
        this.healthMeasures = healthMeasures;
        this.ownItems = ownItems;
        this.periodStarts = periodStarts;
        this.effectWindows = effectWindows;
        this.accounts = accounts;
        this.trackedStrategies = trackedStrategies;
        this.redFlagChecks = redFlagChecks;
        this.reminders = reminders;
        this.diary = diary;
        this.assessments = assessments;
        this.checkUps = checkUps;
        this.experiments = experiments;
        this.shares = shares;
        this.clock = clock;
    }

    public void write(AccountId account, OutputStream out) {
        MAPPER.writeValue(out, document(account));
    }

    private ExportDocument.Reminders reminders(AccountId account) {
        Optional<ReminderSettings> settings = reminders.settings(account);
        List<ExportDocument.PushDevice> devices = reminders.pushDevices(account).stream()
                .map(d -> new ExportDocument.PushDevice(d.service(), instant(d.addedAt())))
                .toList();
        boolean calendar = reminders.hasCalendar(account);
        if (settings.isEmpty() && devices.isEmpty() && !calendar) {
            return null;
        }
        ReminderSettings chosen = settings.orElse(ReminderSettings.offered());
        ReminderSettings.QuietHours quiet = chosen.quietHours();
        return new ExportDocument.Reminders(
                chosen.days().stream().map(DayOfWeek::getValue).sorted().toList(),
                chosen.times().stream().map(LocalTime::toString).toList(),
                quiet == null ? null : quiet.from().toString(),
                quiet == null ? null : quiet.until().toString(),
                chosen.byPush(),
                chosen.byEmail(),
                chosen.paused(),
                devices,
                calendar);
    }

    public ExportDocument document(AccountId account) {
        Preferences preferences = accounts.preferences(account);
        Map<String, Integer> intervals = new TreeMap<>();
        assessments.intervals(account).forEach((instrument, days) -> intervals.put(instrument.code(), days));
        return new ExportDocument(
                ExportDocument.FORMAT,
                ExportDocument.FORMAT_VERSION,
                instant(clock.instant()),
                new ExportDocument.Account(
                        accounts.email(account),
                        preferences.timeZone().getId(),
                        preferences.dayBoundary().toString(),
                        new ExportDocument.FlareRule(preferences.flarePoints(), preferences.flareDays()),
                        intervals,
                        trackedStrategies.tracked(account).stream()
                                .map(t -> new ExportDocument.TrackedStrategy(
                                        t.strategy().code(), instant(t.since())))
                                .toList(),
                        redFlagChecks.checked(account).entrySet().stream()
                                .map(c -> new ExportDocument.RedFlagCheck(
                                        c.getKey().code(), instant(c.getValue())))
                                .toList(),
                        reminders(account),
                        preferences.asksMoodAndStress(),
                        preferences.tracksCycle(),
                        periodStarts.all(account).stream()
                                .map(LocalDate::toString)
                                .toList(),
                        effectWindows.chosen(account).entrySet().stream()
                                .map(w -> new ExportDocument.EffectWindowChoice(
                                        w.getKey(),
                                        w.getValue().startsAfterDays(),
                                        w.getValue().lastsDays()))
                                .toList()),
                ownItems.all(account).stream().map(JsonExport::ownItem).toList(),
                checkIns(account),
                assessments.all(account).stream().map(JsonExport::assessment).toList(),
                assessments.outsideScores(account).stream()
                        .map(JsonExport::outsideScore)
                        .toList(),
                checkUps(account),
                healthMeasures.everything(account).stream()
                        .map(JsonExport::measureImport)
                        .toList(),
                // Oldest first, like every other list of the export.
                oldestFirst(experiments.list(account)).stream()
                        .map(e -> experiment(e, experiments.answers(account, e.id())))
                        .toList(),
                oldestFirst(shares.list(account)).stream()
                        .map(s -> new ExportDocument.Share(
                                s.id().toString(),
                                s.label(),
                                s.scope().code(),
                                s.showsNotes(),
                                s.withFhir(),
                                s.periodDays(),
                                s.from() == null ? null : s.from().toString(),
                                s.to() == null ? null : s.to().toString(),
                                s.asksPasscode(),
                                instant(s.createdAt()),
                                instant(s.expiresAt()),
                                s.revokedAt() == null ? null : instant(s.revokedAt())))
                        .toList(),
                oldestFirst(shares.accessLog(account)).stream()
                        .map(e -> new ExportDocument.AccessEvent(
                                instant(e.at()),
                                e.share() == null ? null : e.share().toString(),
                                e.tokenName(),
                                e.carer(),
                                e.kind().code(),
                                e.detail()))
                        .toList());
    }

    private static ExportDocument.Experiment experiment(Experiment e, SortedMap<LocalDate, Boolean> answers) {
        Experiment.Blocks b = e.blocks();
        return new ExportDocument.Experiment(
                e.strategy().code(),
                e.startedOn().toString(),
                e.days(),
                e.endedOn() == null ? null : e.endedOn().toString(),
                instant(e.createdAt()),
                e.design().code(),
                b == null || b.against() == null ? null : b.against().code(),
                b == null ? null : b.blockDays(),
                b == null ? null : b.washoutDays(),
                b == null ? null : b.firstInPair().stream().map(Enum::name).collect(Collectors.joining()),
                b == null ? null : b.wayA(),
                b == null ? null : b.wayB(),
                answers.entrySet().stream()
                        .map(a -> new ExportDocument.FollowedDay(a.getKey().toString(), a.getValue()))
                        .toList());
    }

    private static <T> List<T> oldestFirst(List<T> newestFirst) {
        List<T> copy = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    static ExportDocument.MeasureImport measureImport(HealthMeasures.ImportWithDays i) {
        return new ExportDocument.MeasureImport(
                i.imported().sourceKind(),
                i.imported().fileName(),
                i.imported().sha256(),
                instant(i.imported().importedAt()),
                i.imported().records(),
                i.nights().stream()
                        .map(n -> new ExportDocument.MeasuredNight(
                                n.day().toString(),
                                n.source(),
                                n.asleepMinutes(),
                                n.inBedMinutes(),
                                n.coreMinutes(),
                                n.deepMinutes(),
                                n.remMinutes()))
                        .toList(),
                i.steps().stream()
                        .map(s -> new ExportDocument.MeasuredSteps(
                                s.day().toString(), s.source(), s.steps(), s.activeMinutes()))
                        .toList(),
                i.entries().stream()
                        .map(e -> new ExportDocument.TrackerEntry(
                                e.day().toString(), e.kind().code(), e.name(), e.rating(), e.scaleMax(), e.detail()))
                        .toList());
    }

    /** Every check-up, oldest started first; a saved, unfinished one too. */
    private List<ExportDocument.CheckUp> checkUps(AccountId account) {
        List<CheckUp> all = new ArrayList<>(checkUps.finished(account));
        checkUps.draft(account).ifPresent(all::add);
        all.sort(Comparator.comparing(CheckUp::startedAt).thenComparing(c -> c.id().toString()));
        return all.stream().map(JsonExport::checkUp).toList();
    }

    static ExportDocument.CheckUp checkUp(CheckUp c) {
        Map<String, List<String>> answers = new java.util.LinkedHashMap<>();
        c.answers().values().forEach((question, values) -> answers.put(question.code(), values));
        Map<String, String> tried = new java.util.LinkedHashMap<>();
        c.answers().tried().forEach((strategy, helped) -> tried.put(strategy.code(), helped.code()));
        return new ExportDocument.CheckUp(
                c.id().toString(),
                instant(c.startedAt()),
                instant(c.updatedAt()),
                c.completedAt() == null ? null : instant(c.completedAt()),
                c.ruleVersion(),
                c.mechanisms().stream().map(Mechanism::code).toList(),
                answers,
                tried,
                c.answers().medications());
    }

    public static ExportDocument.Assessment assessment(Assessment a) {
        return new ExportDocument.Assessment(
                a.id().toString(),
                a.version(),
                a.complete() ? "complete" : "in_progress",
                a.day().toString(),
                instant(a.startedAt()),
                instant(a.updatedAt()),
                a.completedAt() == null ? null : instant(a.completedAt()),
                new TreeMap<>(a.answers().answers()),
                List.copyOf(a.answers().suggested()));
    }

    public static ExportDocument.OutsideScore outsideScore(OutsideScore s) {
        return new ExportDocument.OutsideScore(
                s.kind().name().toLowerCase(Locale.ROOT),
                s.name(),
                s.measuredOn().toString(),
                s.score());
    }

    private List<ExportDocument.CheckIn> checkIns(AccountId account) {
        List<CheckIn> current = new ArrayList<>(diary.between(account, Limits.EARLIEST_DAY, LAST_DAY));
        current.sort(Comparator.comparing(CheckIn::recordedAt).thenComparing(c -> c.id().value()));
        List<ExportDocument.CheckIn> result = new ArrayList<>(current.size());
        for (CheckIn checkIn : current) {
            result.add(checkIn(account, checkIn));
        }
        return result;
    }

    /** One check-in with every version, oldest first, as the export and the API write it. */
    public ExportDocument.CheckIn checkIn(AccountId account, CheckIn checkIn) {
        List<ExportDocument.Version> versions = new ArrayList<>();
        if (checkIn.corrected()) {
            for (CheckInVersion earlier : diary.earlierVersions(account, checkIn.id())) {
                versions.add(new ExportDocument.Version(
                        earlier.version(),
                        instant(earlier.savedAt()),
                        instant(earlier.supersededAt()),
                        details(earlier.details())));
            }
        }
        versions.add(new ExportDocument.Version(
                checkIn.version(), instant(checkIn.savedAt()), null, details(checkIn.details())));
        return new ExportDocument.CheckIn(
                checkIn.id().value(), instant(checkIn.recordedAt()), List.copyOf(versions), checkIn.enteredBy());
    }

    static ExportDocument.Details details(CheckInDetails d) {
        return new ExportDocument.Details(
                d.diaryDay().toString(),
                BigDecimal.valueOf(d.overallPain()),
                d.timeOfDay() == null ? null : d.timeOfDay().code(),
                codes(d.contexts()),
                d.sites().stream()
                        .map(s -> new ExportDocument.Site(
                                s.site().code(),
                                BigDecimal.valueOf(s.intensity()),
                                s.descriptors().stream()
                                        .sorted()
                                        .map(Descriptor::code)
                                        .toList()))
                        .toList(),
                new ExportDocument.Sleep(
                        d.sleep().hours(),
                        number(d.sleep().quality()),
                        codes(d.sleep().wokeBy())),
                number(d.fatigue()),
                new ExportDocument.RestlessLegs(
                        number(d.restlessLegs().urge()),
                        d.restlessLegs().worseAtRest(),
                        d.restlessLegs().reliefByMovement(),
                        d.restlessLegs().worseEveningOrNight()),
                d.strategies().stream()
                        .map(s -> new ExportDocument.Strategy(
                                s.strategy() == null ? null : s.strategy().code(),
                                s.ownName(),
                                s.detail(),
                                number(s.minutes()),
                                s.helped() == null ? null : s.helped().code()))
                        .toList(),
                d.medications().stream()
                        .map(m -> new ExportDocument.Medication(
                                m.name(),
                                m.dose(),
                                m.unit(),
                                m.schedule() == null ? null : m.schedule().code(),
                                m.helped() == null ? null : m.helped().code()))
                        .toList(),
                d.triggers().stream()
                        .map(t -> new ExportDocument.Trigger(
                                t.trigger() == null ? null : t.trigger().code(), t.ownName()))
                        .toList(),
                d.note(),
                codes(d.redFlags()),
                number(d.moodAndStress().mood()),
                number(d.moodAndStress().stress()),
                number(d.interference()),
                number(d.morningStiffnessMinutes()),
                d.ownItems().stream()
                        .map(a -> new ExportDocument.OwnAnswer(a.item(), a.value()))
                        .toList());
    }

    private static ExportDocument.OwnItem ownItem(OwnItem item) {
        return new ExportDocument.OwnItem(
                item.id(),
                item.name(),
                item.kind().code(),
                item.low(),
                item.high(),
                item.unit(),
                item.words(),
                item.since().toString(),
                item.stoppedOn() == null ? null : item.stoppedOn().toString());
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static <E extends Enum<E> & Coded> List<String> codes(java.util.Set<E> values) {
        return values.stream().sorted().map(Coded::code).toList();
    }

    private static String instant(Instant instant) {
        return instant.toString();
    }
}
