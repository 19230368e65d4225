package org.legible.interop.json;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Preferences;
import org.legible.assessments.AnswerSheet;
import org.legible.assessments.Assessment;
import org.legible.assessments.AssessmentId;
import org.legible.assessments.Assessments;
import org.legible.assessments.DueStatus;
import org.legible.assessments.Instrument;
import org.legible.assessments.OutsideScore;
import org.legible.assessments.OutsideScoreRules;
import org.legible.checkup.CheckUp;
import org.legible.checkup.CheckUpAnswers;
import org.legible.checkup.CheckUpId;
import org.legible.checkup.CheckUps;
import org.legible.checkup.Question;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDraft;
import org.legible.diary.CheckInId;
import org.legible.diary.CheckInRules;
import org.legible.diary.CheckInVersion;
import org.legible.diary.Coded;
import org.legible.diary.Diary;
import org.legible.diary.EffectWindows;
import org.legible.diary.HealthMeasures;
import org.legible.diary.OwnItem;
import org.legible.diary.OwnItemRules;
import org.legible.diary.OwnItems;
import org.legible.diary.PeriodStarts;
import org.legible.diary.RedFlag;
import org.legible.diary.RedFlagChecks;
import org.legible.diary.TrackedStrategies;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.experiments.ExperimentRules;
import org.legible.experiments.Experiments;
import org.legible.insights.BlockSchedule;
import org.legible.insights.patterns.Mechanism;
import org.legible.reminders.ReminderRules;
import org.legible.reminders.ReminderSettings;
import org.legible.reminders.Reminders;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads a Legible JSON export (docs/export-format.md) into the signed-in account: everything or nothing. The file
 * is untrusted: unknown fields, an unknown format version or any value the forms would refuse stops the import
 * with a message saying where. What the account already has (same check-in or assessment id, same clinic score) is
 * skipped, so importing the same file twice adds nothing the second time.
 */
@Service
public class JsonImport {

    /** What an import added and what it found already there. */
    public record Result(
            int checkIns,
            int checkInsSkipped,
            int assessments,
            int assessmentsSkipped,
            int scores,
            int scoresSkipped,
            int checkUps,
            int checkUpsSkipped,
            int experiments,
            int experimentsSkipped,
            int measureImports,
            int measureImportsSkipped,
            String timeZone,
            String dayBoundary) {}

    /** A carer's name as the person gave it: the same rule as on the Carers page (1 to 100 characters). */
    private static String enteredBy(String name, int n) {
        if (name == null) {
            return null;
        }
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > org.legible.accounts.Carers.LABEL_CHARACTERS) {
            throw new ImportProblem("import.checkIn.invalid", n);
        }
        return stripped;
    }

    /** Why a file cannot be imported, as a message key with its arguments. */
    public static final class ImportProblem extends RuntimeException {
        private final String messageKey;
        private final transient Object[] args;

        ImportProblem(String messageKey, Object... args) {
            super(messageKey);
            this.messageKey = messageKey;
            this.args = args;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args.clone();
        }
    }

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
    private final HealthMeasures healthMeasures;
    private final Experiments experiments;
    private final Clock clock;

    JsonImport(
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
            HealthMeasures healthMeasures,
            Experiments experiments,
            Clock clock) {
        this.clock = clock;
        this.healthMeasures = healthMeasures;
        this.experiments = experiments;
        this.accounts = accounts;
        this.trackedStrategies = trackedStrategies;
        this.ownItems = ownItems;
        this.periodStarts = periodStarts;
        this.effectWindows = effectWindows;
        this.redFlagChecks = redFlagChecks;
        this.reminders = reminders;
        this.diary = diary;
        this.assessments = assessments;
        this.checkUps = checkUps;
    }

    @Transactional
    public Result importInto(AccountId account, InputStream in) throws IOException {
        Instant latest = clock.instant().plus(Duration.ofDays(1));
        ExportDocument document = read(in);
        Preferences settings = preferences(document.account());
        accounts.updatePreferences(account, settings);
        List<ExportDocument.TrackedStrategy> tracked = document.account().trackedStrategies() == null
                ? List.of()
                : document.account().trackedStrategies();
        for (ExportDocument.TrackedStrategy t : tracked) {
            try {
                trackedStrategies.restore(
                        account, code(Strategy.class, present(t).strategy()), moment(t.since(), latest));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new ImportProblem("import.tracked.invalid");
            }
        }
        List<ExportDocument.RedFlagCheck> checks = document.account().redFlagChecks() == null
                ? List.of()
                : document.account().redFlagChecks();
        for (ExportDocument.RedFlagCheck c : checks) {
            try {
                redFlagChecks.restore(account, code(RedFlag.class, present(c).flag()), moment(c.checkedAt(), latest));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new ImportProblem("import.redFlagCheck.invalid");
            }
        }
        if (document.account().reminders() != null) {
            reminders.save(account, reminderSettings(document.account().reminders()), null);
        }
        intervals(document.account().assessmentIntervals())
                .forEach((i, days) -> assessments.setInterval(account, i, days));
        int added = 0;
        int skipped = 0;
        LocalDate today = diary.today(account);
        restorePeriodStarts(account, document.account().periodStarts());
        restoreEffectWindows(account, document.account().effectWindows());
        Map<String, String> ownItemIds = restoreOwnItems(account, document.ownItems(), today);
        List<OwnItem> items = ownItems.all(account);
        for (int n = 0; n < document.checkIns().size(); n++) {
            ExportDocument.CheckIn checkIn = document.checkIns().get(n);
            if (checkIn == null) {
                throw new ImportProblem("import.checkIn.invalid", n + 1);
            }
            List<CheckInVersion> versions = versions(checkIn, today, latest, n + 1, items, ownItemIds);
            boolean restored;
            try {
                restored = diary.restore(
                        account,
                        id(checkIn.id(), n + 1),
                        instant(checkIn.recordedAt(), latest, n + 1),
                        versions,
                        enteredBy(checkIn.enteredBy(), n + 1));
            } catch (IllegalArgumentException | Diary.FutureDayException e) {
                throw new ImportProblem("import.checkIn.invalid", n + 1);
            }
            if (restored) {
                added++;
            } else {
                skipped++;
            }
        }
        int assessmentsAdded = 0;
        int assessmentsSkipped = 0;
        for (int n = 0; n < document.assessments().size(); n++) {
            boolean restored;
            try {
                restored = assessments.restore(
                        account, assessment(document.assessments().get(n), latest));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new ImportProblem("import.assessment.invalid", n + 1);
            }
            if (restored) {
                assessmentsAdded++;
            } else {
                assessmentsSkipped++;
            }
        }
        // Each score the account already has stands for one identical score of the file, so the same file twice adds
        // nothing, and two identical scores of one day (two visits) stay two.
        List<OutsideScore> unmatched = new ArrayList<>(assessments.outsideScores(account));
        int scoresAdded = 0;
        int scoresSkipped = 0;
        for (int n = 0; n < document.outsideScores().size(); n++) {
            OutsideScore score = outsideScore(document.outsideScores().get(n), today, n + 1);
            Optional<OutsideScore> twin =
                    unmatched.stream().filter(s -> same(s, score)).findFirst();
            if (twin.isPresent()) {
                unmatched.remove(twin.get());
                scoresSkipped++;
            } else {
                assessments.recordOutsideScore(account, score);
                scoresAdded++;
            }
        }
        int checkUpsAdded = 0;
        int checkUpsSkipped = 0;
        List<ExportDocument.CheckUp> fileCheckUps = document.checkUps() == null ? List.of() : document.checkUps();
        for (int n = 0; n < fileCheckUps.size(); n++) {
            boolean restored;
            try {
                restored = checkUps.restore(account, checkUp(fileCheckUps.get(n), latest));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new ImportProblem("import.checkUp.invalid", n + 1);
            }
            if (restored) {
                checkUpsAdded++;
            } else {
                checkUpsSkipped++;
            }
        }
        List<ExportDocument.Experiment> fileExperiments =
                document.experiments() == null ? List.of() : document.experiments();
        int experimentsAdded = 0;
        for (int n = 0; n < fileExperiments.size(); n++) {
            try {
                ExportDocument.Experiment fileExperiment = fileExperiments.get(n);
                if (experiments.restore(
                        account, experiment(fileExperiment, latest, n + 1), answers(fileExperiment.followed()))) {
                    experimentsAdded++;
                }
            } catch (Experiments.AlreadyRunning e) {
                throw new ImportProblem("import.experiment.running", n + 1);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new ImportProblem("import.experiment.invalid", n + 1);
            }
        }
        List<ExportDocument.MeasureImport> measureImports =
                document.measureImports() == null ? List.of() : document.measureImports();
        int measuresAdded = 0;
        for (int n = 0; n < measureImports.size(); n++) {
            try {
                if (restoreMeasures(account, measureImports.get(n), latest)) {
                    measuresAdded++;
                }
            } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                throw new ImportProblem("import.measures.invalid", n + 1);
            }
        }
        return new Result(
                added,
                skipped,
                assessmentsAdded,
                assessmentsSkipped,
                scoresAdded,
                scoresSkipped,
                checkUpsAdded,
                checkUpsSkipped,
                experimentsAdded,
                fileExperiments.size() - experimentsAdded,
                measuresAdded,
                measureImports.size() - measuresAdded,
                settings.timeZone().getId(),
                settings.dayBoundary().toString());
    }

    static ExportDocument read(InputStream in) throws IOException {
        ExportDocument document;
        try {
            document = JsonFaults.STRICT.readValue(in, ExportDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ImportProblem("import.unknownField", e.getPropertyName());
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                throw new ImportProblem("import.notLegible");
            }
            throw new ImportProblem("import.wrongType", JsonFaults.path(e), JsonFaults.line(e));
        } catch (JacksonException e) {
            Optional<String> repeated = JsonFaults.repeatedField(e);
            if (repeated.isPresent()) {
                throw new ImportProblem("import.repeatedField", repeated.get(), JsonFaults.line(e));
            }
            throw new ImportProblem("import.notJson", JsonFaults.line(e));
        }
        if (document == null || !ExportDocument.FORMAT.equals(document.format())) {
            throw new ImportProblem("import.notLegible");
        }
        if (document.formatVersion() != ExportDocument.FORMAT_VERSION) {
            throw new ImportProblem("import.version", document.formatVersion());
        }
        if (document.account() == null
                || document.checkIns() == null
                || document.assessments() == null
                || document.outsideScores() == null) {
            throw new ImportProblem("import.notLegible");
        }
        return document;
    }

    /**
     * The file's preferences; a file from before mood and stress asks about them, as a new account does, and one from
     * before the cycle leaves it off.
     */
    private static Preferences preferences(ExportDocument.Account account) {
        Preferences preferences = dayCountingAndFlares(account);
        if (account.asksMoodAndStress() != null) {
            preferences = preferences.withMoodAndStress(account.asksMoodAndStress());
        }
        return preferences.withCycle(Boolean.TRUE.equals(account.tracksCycle()));
    }

    private static Preferences dayCountingAndFlares(ExportDocument.Account account) {
        try {
            LocalTime boundary = time(account.dayBoundary());
            if (!Preferences.dayBoundaryValid(boundary)) {
                throw new ImportProblem("import.account.invalid");
            }
            ExportDocument.FlareRule flare = account.flareRule();
            if (flare == null) {
                return new Preferences(ZoneId.of(present(account.timeZone())), boundary);
            }
            if (!Preferences.flarePointsValid(flare.points()) || !Preferences.flareDaysValid(flare.days())) {
                throw new ImportProblem("import.account.invalid");
            }
            return new Preferences(ZoneId.of(present(account.timeZone())), boundary, flare.points(), flare.days());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new ImportProblem("import.account.invalid");
        }
    }

    /** The file's reminder choices, by the same rules and in the same words as the reminders page. */
    private static ReminderSettings reminderSettings(ExportDocument.Reminders file) {
        try {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (Integer day : file.days() == null ? List.<Integer>of() : file.days()) {
                days.add(DayOfWeek.of(present(day)));
            }
            List<LocalTime> times = new ArrayList<>();
            for (String time : file.times() == null ? List.<String>of() : file.times()) {
                times.add(time(time));
            }
            ReminderSettings.QuietHours quiet = file.quietFrom() == null && file.quietUntil() == null
                    ? null
                    : new ReminderSettings.QuietHours(time(file.quietFrom()), time(file.quietUntil()));
            Map<String, String> problems = ReminderRules.problems(days, times, quiet);
            if (!problems.isEmpty()) {
                throw new ImportProblem(
                        "import.reminders.invalid",
                        new DefaultMessageSourceResolvable(
                                problems.values().iterator().next()));
            }
            return new ReminderSettings(days, times, quiet, file.byPush(), file.byEmail(), file.paused());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new ImportProblem(
                    "import.reminders.invalid", new DefaultMessageSourceResolvable("reminders.time.invalid"));
        }
    }

    private static Map<Instrument, Integer> intervals(Map<String, Integer> intervals) {
        Map<Instrument, Integer> result = new java.util.EnumMap<>(Instrument.class);
        if (intervals == null) {
            return result;
        }
        intervals.forEach((code, days) -> {
            Instrument instrument =
                    Instrument.byCode(code).orElseThrow(() -> new ImportProblem("import.account.invalid"));
            if (days == null || days < DueStatus.NO_REMINDER || days > DueStatus.MAX_INTERVAL_DAYS) {
                throw new ImportProblem("import.account.invalid");
            }
            result.put(instrument, days);
        });
        return result;
    }

    /**
     * The file's own items by the rules "Add something to track" uses (a stopped one neither takes a name nor counts
     * towards the cap); returns the id each is kept under. One the person already has, by its id or as the same item
     * (a file imported twice after its items were kept under new ids), is left as it is.
     */
    private Map<String, String> restoreOwnItems(AccountId account, List<ExportDocument.OwnItem> file, LocalDate today) {
        Map<String, String> kept = new HashMap<>();
        if (file == null) {
            return kept;
        }
        List<OwnItem> active = new ArrayList<>(ownItems.active(account));
        List<OwnItem> all = new ArrayList<>(ownItems.all(account));
        Set<String> mine = new HashSet<>();
        all.forEach(i -> mine.add(i.id()));
        for (int n = 0; n < file.size(); n++) {
            ExportDocument.OwnItem f = file.get(n);
            if (f != null && mine.contains(f.id())) {
                kept.put(f.id(), f.id());
                continue;
            }
            Optional<OwnItem> same =
                    all.stream().filter(i -> f != null && sameItem(i, f)).findFirst();
            if (same.isPresent()) {
                kept.put(f.id(), same.get().id());
                continue;
            }
            OwnItem item;
            try {
                LocalDate since = LocalDate.parse(present(present(f).since()));
                LocalDate stopped = f.stoppedOn() == null ? null : LocalDate.parse(f.stoppedOn());
                if (since.isAfter(today) || (stopped != null && stopped.isBefore(since))) {
                    throw new IllegalArgumentException("days out of order");
                }
                OwnItemRules.Checked checked =
                        OwnItemRules.check(f.draft(), stopped == null ? active : List.of(), f.id(), since);
                if (!checked.valid()) {
                    CheckInRules.Problem problem =
                            checked.problems().values().iterator().next();
                    throw new ImportProblem(
                            "import.ownItem.field",
                            n + 1,
                            "ownItems[" + n + "]." + problem.field(),
                            new DefaultMessageSourceResolvable(new String[] {problem.messageKey()}, problem.args()));
                }
                item = stopped == null ? checked.item() : checked.item().stoppedOn(stopped);
            } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
                throw new ImportProblem("import.ownItem.invalid", n + 1);
            }
            String id = ownItems.restore(account, item);
            all.add(item);
            kept.put(f.id(), id);
            mine.add(id);
            if (!item.stopped()) {
                active.add(item);
            }
        }
        return kept;
    }

    /** The file's effect windows, each by the rule of "What seems to help"; one already chosen is replaced. */
    private void restoreEffectWindows(AccountId account, List<ExportDocument.EffectWindowChoice> windows) {
        if (windows == null) {
            return;
        }
        for (int n = 0; n < windows.size(); n++) {
            ExportDocument.EffectWindowChoice w = windows.get(n);
            Optional<CheckInRules.Problem> problem = w == null
                    ? Optional.of(new CheckInRules.Problem("strategy", "effectWindow.strategy.invalid", new Object[0]))
                    : effectWindows.choose(
                            account, w.strategy(), String.valueOf(w.startsAfter()), String.valueOf(w.lasts()));
            if (problem.isPresent()) {
                throw new ImportProblem(
                        "import.effectWindow.field",
                        n + 1,
                        "account.effectWindows[" + n + "]." + problem.get().field(),
                        new DefaultMessageSourceResolvable(
                                new String[] {problem.get().messageKey()},
                                problem.get().args()));
            }
        }
    }

    /** The file's period starts, each by the cycle page's rule; a day already marked stays marked once. */
    private void restorePeriodStarts(AccountId account, List<String> days) {
        if (days == null) {
            return;
        }
        for (int n = 0; n < days.size(); n++) {
            Optional<CheckInRules.Problem> problem = periodStarts.mark(account, days.get(n));
            if (problem.isPresent()) {
                throw new ImportProblem(
                        "import.periodStart.field",
                        n + 1,
                        "account.periodStarts[" + n + "]",
                        new DefaultMessageSourceResolvable(
                                new String[] {problem.get().messageKey()},
                                problem.get().args()));
            }
        }
    }

    /** The same item as the file's, kept under another id: everything but the id alike. */
    private static boolean sameItem(OwnItem item, ExportDocument.OwnItem f) {
        return item.name().equals(f.name())
                && item.kind().code().equals(f.kind())
                && java.util.Objects.equals(item.low(), f.low())
                && java.util.Objects.equals(item.high(), f.high())
                && java.util.Objects.equals(item.unit(), f.unit())
                && item.words().equals(f.words() == null ? List.of() : f.words())
                && item.since().toString().equals(f.since())
                && java.util.Objects.equals(
                        item.stoppedOn() == null ? null : item.stoppedOn().toString(), f.stoppedOn());
    }

    private static List<CheckInVersion> versions(
            ExportDocument.CheckIn checkIn,
            LocalDate today,
            Instant latest,
            int n,
            List<OwnItem> items,
            Map<String, String> ownItemIds) {
        if (checkIn.versions() == null || checkIn.versions().isEmpty()) {
            throw new ImportProblem("import.checkIn.invalid", n);
        }
        List<CheckInVersion> versions = new ArrayList<>();
        for (int v = 0; v < checkIn.versions().size(); v++) {
            ExportDocument.Version version = checkIn.versions().get(v);
            if (version == null) {
                throw new ImportProblem("import.checkIn.invalid", n);
            }
            CheckInDetails details = details(version.details(), today, n, v, items, ownItemIds);
            try {
                versions.add(new CheckInVersion(
                        version.version(),
                        instant(version.savedAt(), latest, n),
                        version.supersededAt() == null ? null : instant(version.supersededAt(), latest, n),
                        details));
            } catch (IllegalArgumentException e) {
                throw new ImportProblem("import.checkIn.invalid", n);
            }
        }
        return versions;
    }

    /** One version's answers by the check-in rules every channel uses; a problem names its place in the file. */
    private static CheckInDetails details(
            ExportDocument.Details d,
            LocalDate today,
            int n,
            int version,
            List<OwnItem> items,
            Map<String, String> ownItemIds) {
        if (d == null) {
            throw new ImportProblem("import.checkIn.invalid", n);
        }
        CheckInRules.Checked checked = CheckInRules.check(d.draft().withOwnItemIds(ownItemIds), today, items);
        if (!checked.valid()) {
            CheckInRules.Problem problem = checked.problems().get(0);
            throw new ImportProblem(
                    "import.checkIn.field",
                    n,
                    "versions[" + version + "].details." + problem.field(),
                    new DefaultMessageSourceResolvable(new String[] {problem.messageKey()}, problem.args()));
        }
        return checked.details();
    }

    private static Assessment assessment(ExportDocument.Assessment a, Instant latest) {
        present(a);
        Instrument instrument =
                Instrument.byVersion(present(a.instrumentVersion())).orElseThrow(IllegalArgumentException::new);
        boolean complete =
                switch (present(a.status())) {
                    case "complete" -> true;
                    case "in_progress" -> false;
                    default -> throw new IllegalArgumentException("status");
                };
        return new Assessment(
                AssessmentId.parse(present(a.id())).orElseThrow(IllegalArgumentException::new),
                instrument,
                a.instrumentVersion(),
                complete,
                day(a.diaryDay()),
                moment(a.startedAt(), latest),
                moment(a.updatedAt(), latest),
                a.completedAt() == null ? null : moment(a.completedAt(), latest),
                new AnswerSheet(
                        entries(a.answers()), a.suggested() == null ? Set.of() : Set.copyOf(each(a.suggested()))));
    }

    /**
     * One experiment of the file, by the rules of the start form (any first day, as it is history): a value the form
     * refuses is refused in its words.
     */
    private static Experiment experiment(ExportDocument.Experiment e, Instant latest, int n) {
        present(e);
        String order = e.blockOrder();
        boolean blocks = e.design() != null && !e.design().equals(Experiment.Design.BEFORE_AND_AFTER.code());
        if (blocks && (order == null || !order.matches("[AB]{1,8}"))) {
            throw new IllegalArgumentException("block order");
        }
        ExperimentRules.Checked checked = ExperimentRules.check(
                new ExperimentRules.Draft(
                        e.design() == null ? Experiment.Design.BEFORE_AND_AFTER.code() : e.design(),
                        e.strategy(),
                        e.strategyB(),
                        e.startedOn(),
                        String.valueOf(e.days()),
                        e.blockDays() == null ? null : e.blockDays().toString(),
                        blocks ? String.valueOf(order.length()) : null,
                        e.washoutDays() == null ? null : e.washoutDays().toString(),
                        e.wayA(),
                        e.wayB()),
                null);
        if (!checked.valid()) {
            ExperimentRules.Problem problem = checked.problems().get(0);
            throw new ImportProblem(
                    "import.experiment.field",
                    n,
                    "experiments[" + (n - 1) + "]." + problem.field(),
                    new DefaultMessageSourceResolvable(new String[] {problem.messageKey()}, problem.args()));
        }
        ExperimentRules.Plan plan = checked.plan();
        Experiment.Blocks drawn = blocks
                ? new Experiment.Blocks(
                        plan.against(),
                        plan.blockDays(),
                        plan.washoutDays(),
                        order.chars()
                                .mapToObj(c -> BlockSchedule.Arm.valueOf(String.valueOf((char) c)))
                                .toList(),
                        plan.wayA(),
                        plan.wayB())
                : null;
        return new Experiment(
                null,
                plan.strategy(),
                plan.startOn(),
                plan.days(),
                e.endedOn() == null ? null : day(e.endedOn()),
                moment(e.createdAt(), latest),
                drawn);
    }

    /** What the file says the person said of an experiment's days, each day once. */
    private static SortedMap<LocalDate, Boolean> answers(List<ExportDocument.FollowedDay> followed) {
        SortedMap<LocalDate, Boolean> answers = new TreeMap<>();
        for (ExportDocument.FollowedDay day :
                followed == null ? List.<ExportDocument.FollowedDay>of() : each(followed)) {
            if (answers.put(day(day.day()), day.followed()) != null) {
                throw new IllegalArgumentException("a day answered twice");
            }
        }
        return answers;
    }

    /** Restores one import of sleep, steps or another tracker's diary; false when the account has it already. */
    private boolean restoreMeasures(AccountId account, ExportDocument.MeasureImport m, Instant latest) {
        present(m);
        if (m.sha256() == null || !m.sha256().matches("[0-9a-f]{64}") || m.records() < 0) {
            throw new IllegalArgumentException("file fingerprint");
        }
        if (m.fileName() == null || m.fileName().isBlank() || m.fileName().length() > 255) {
            throw new IllegalArgumentException("file name");
        }
        List<HealthMeasures.Night> nights = each(m.nights()).stream()
                .map(n -> new HealthMeasures.Night(
                        day(n.diaryDay()),
                        source(n.source()),
                        n.asleepMinutes() == null ? null : minutes(n.asleepMinutes()),
                        minutes(n.inBedMinutes()),
                        minutes(n.coreMinutes()),
                        minutes(n.deepMinutes()),
                        minutes(n.remMinutes())))
                .toList();
        List<HealthMeasures.StepDay> steps = each(m.steps()).stream()
                .map(s -> {
                    HealthMeasures.StepDay day = new HealthMeasures.StepDay(
                            day(s.diaryDay()), source(s.source()), s.steps(), s.activeMinutes());
                    if (!day.plausible()) {
                        throw new IllegalArgumentException("steps or active minutes"); // the rule every import keeps
                    }
                    return day;
                })
                .toList();
        // Files from before other trackers' diaries could be brought in have no entries.
        List<HealthMeasures.TrackerEntry> entries = m.entries() == null
                ? List.of()
                : each(m.entries()).stream()
                        .map(e -> new HealthMeasures.TrackerEntry(
                                day(e.diaryDay()),
                                HealthMeasures.EntryKind.fromCode(e.kind())
                                        .orElseThrow(() -> new IllegalArgumentException("entry kind")),
                                e.name(),
                                e.rating(),
                                e.scaleMax(),
                                e.detail()))
                        .toList();
        return healthMeasures.restore(
                account,
                new HealthMeasures.Import(
                        null,
                        code(m.sourceKind()),
                        m.fileName(),
                        m.sha256(),
                        moment(m.importedAt(), latest),
                        m.records(),
                        nights.size(),
                        steps.size(),
                        (int) entries.stream()
                                .map(HealthMeasures.TrackerEntry::day)
                                .distinct()
                                .count()),
                nights,
                steps,
                entries);
    }

    private static String code(String sourceKind) {
        if (sourceKind == null || !HealthMeasures.SOURCE_KINDS.contains(sourceKind)) {
            throw new IllegalArgumentException("source kind");
        }
        return sourceKind;
    }

    private static String source(String name) {
        if (name == null || name.length() > 255) {
            throw new IllegalArgumentException("source");
        }
        return name;
    }

    /** Minutes in a night: 0 to a day's worth, to a tenth. */
    private static BigDecimal minutes(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1440)) > 0) {
            throw new IllegalArgumentException("minutes");
        }
        return value.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    /** A check-up from the file; an unknown question, answer, strategy or mechanism code is refused. */
    private static CheckUp checkUp(ExportDocument.CheckUp c, Instant latest) {
        present(c);
        Map<Question, List<String>> values = new java.util.EnumMap<>(Question.class);
        entries(c.answers())
                .forEach((code, answers) -> values.put(
                        Question.fromCode(code).orElseThrow(IllegalArgumentException::new),
                        List.copyOf(each(answers))));
        Map<Strategy, Helped> tried = new java.util.EnumMap<>(Strategy.class);
        entries(c.tried())
                .forEach((strategy, helped) -> tried.put(code(Strategy.class, strategy), code(Helped.class, helped)));
        List<Mechanism> mechanisms = each(c.mechanisms()).stream()
                .map(code -> java.util.Arrays.stream(Mechanism.values())
                        .filter(m -> m.code().equals(code))
                        .findFirst()
                        .orElseThrow(IllegalArgumentException::new))
                .toList();
        if (c.medications() != null && c.medications().length() > CheckUpAnswers.MEDICATIONS_LIMIT) {
            throw new IllegalArgumentException("medications");
        }
        return new CheckUp(
                CheckUpId.parse(present(c.id())).orElseThrow(IllegalArgumentException::new),
                moment(c.startedAt(), latest),
                moment(c.updatedAt(), latest),
                c.completedAt() == null ? null : moment(c.completedAt(), latest),
                c.ruleVersion(),
                mechanisms,
                new CheckUpAnswers(values, tried, c.medications()));
    }

    /** A clinic score by the rules of the page where one is recorded, and refused in its words. */
    private static OutsideScore outsideScore(ExportDocument.OutsideScore s, LocalDate today, int n) {
        if (s == null) {
            throw new ImportProblem("import.score.invalid", n);
        }
        OutsideScoreRules.Checked checked =
                OutsideScoreRules.check(s.instrument(), s.name(), s.measuredOn(), CheckInDraft.typed(s.score()), today);
        if (!checked.valid()) {
            Map.Entry<String, OutsideScoreRules.Problem> problem =
                    checked.problems().entrySet().iterator().next();
            throw new ImportProblem(
                    "import.score.field",
                    n,
                    problem.getKey(),
                    new DefaultMessageSourceResolvable(
                            new String[] {problem.getValue().messageKey()},
                            problem.getValue().args()));
        }
        return checked.score();
    }

    private static boolean same(OutsideScore a, OutsideScore b) {
        return a.kind() == b.kind()
                && java.util.Objects.equals(a.name(), b.name())
                && a.measuredOn().equals(b.measuredOn())
                && a.score().compareTo(b.score()) == 0;
    }

    private static CheckInId id(String text, int n) {
        try {
            return new CheckInId(present(text));
        } catch (IllegalArgumentException e) {
            throw new ImportProblem("import.checkIn.invalid", n);
        }
    }

    private static Instant instant(String text, Instant latest, int n) {
        try {
            return moment(text, latest);
        } catch (DateTimeException e) {
            throw new ImportProblem("import.checkIn.invalid", n);
        }
    }

    /**
     * A moment in the file: from 1970 to the time of the import (a day's clock skew allowed). One far outside
     * would be stored as it is and break every reading of it (a year of 1,000,000,000 cannot be put in a zone).
     */
    private static Instant moment(String text, Instant latest) {
        if (text == null) {
            throw new DateTimeException("no moment");
        }
        Instant moment = Instant.parse(text);
        if (moment.isBefore(Instant.EPOCH) || moment.isAfter(latest)) {
            throw new DateTimeException("moment out of range");
        }
        return moment;
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.fromCode(type, code).orElseThrow(IllegalArgumentException::new);
    }

    private static <E extends Enum<E> & Coded> Set<E> codes(Class<E> type, List<String> codes) {
        Set<E> values = new HashSet<>();
        for (String code : codes) {
            values.add(code(type, code));
        }
        return values;
    }

    /**
     * A value the file must give. A missing one is a file that is not a whole export, refused like any other
     * invalid value (never found out by a NullPointerException).
     */
    private static <T> T present(T value) {
        if (value == null) {
            throw new IllegalArgumentException("missing");
        }
        return value;
    }

    /** A list the file must give, none of whose entries may be missing. */
    private static <T> List<T> each(List<T> values) {
        present(values).forEach(JsonImport::present);
        return values;
    }

    /** A map the file must give, none of whose values may be missing. */
    private static <K, V> Map<K, V> entries(Map<K, V> values) {
        present(values).values().forEach(JsonImport::present);
        return values;
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(present(text));
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(present(text));
    }
}
