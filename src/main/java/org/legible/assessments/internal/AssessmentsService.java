package org.legible.assessments.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.legible.accounts.AccountId;
import org.legible.assessments.AnswerSheet;
import org.legible.assessments.Assessment;
import org.legible.assessments.AssessmentId;
import org.legible.assessments.Assessments;
import org.legible.assessments.DueStatus;
import org.legible.assessments.Instrument;
import org.legible.assessments.NeuropathicProfile;
import org.legible.assessments.OutsideScore;
import org.legible.assessments.Prefill;
import org.legible.assessments.QuestionnaireDefinition;
import org.legible.assessments.RestlessLegsAnswers;
import org.legible.assessments.WpiArea;
import org.legible.bodymap.BodySite;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.Diary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AssessmentsService implements Assessments {

    /** The WPI's recall period is the past week (docs/clinical-basis.md, "Screens"): today and the six days before. */
    static final int ACR_PREFILL_DAYS = 7;
    /** Restless-legs answers are read from the last two weeks of daily answers. */
    static final int RESTLESS_LEGS_PREFILL_DAYS = 14;

    private final AssessmentRepository assessments;
    private final OutsideScoreRepository outsideScores;
    private final ScheduleRepository schedules;
    private final Diary diary;
    private final Clock clock;

    AssessmentsService(
            AssessmentRepository assessments,
            OutsideScoreRepository outsideScores,
            ScheduleRepository schedules,
            Diary diary,
            Clock clock) {
        this.assessments = assessments;
        this.outsideScores = outsideScores;
        this.schedules = schedules;
        this.diary = diary;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Prefill prefill(AccountId account, Instrument instrument) {
        LocalDate today = diary.today(account);
        return switch (instrument) {
            case ACR_2016 -> acrPrefill(diary.between(account, today.minusDays(ACR_PREFILL_DAYS - 1L), today));
            case RESTLESS_LEGS ->
                restlessLegsPrefill(diary.between(account, today.minusDays(RESTLESS_LEGS_PREFILL_DAYS - 1L), today));
        };
    }

    static Prefill acrPrefill(List<CheckIn> checkIns) {
        if (checkIns.isEmpty()) {
            return Prefill.NONE;
        }
        Set<BodySite> sites = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        for (CheckIn checkIn : checkIns) {
            days.add(checkIn.details().diaryDay());
            checkIn.details().sites().forEach(site -> sites.add(site.site()));
        }
        LegAreaPrefill.Prefill legs = LegAreaPrefill.from(sites);
        Map<String, String> answers = new LinkedHashMap<>();
        for (WpiArea area : legs.areas()) {
            answers.put(area.code(), "yes");
        }
        Map<String, List<BodySite>> bordering = new LinkedHashMap<>();
        legs.bordering().forEach((area, marked) -> bordering.put(area.code(), marked));
        return new Prefill(answers, days.size(), bordering);
    }

    static Prefill restlessLegsPrefill(List<CheckIn> checkIns) {
        Map<LocalDate, List<CheckInDetails.RestlessLegs>> byDay = new TreeMap<>();
        for (CheckIn checkIn : checkIns) {
            if (!checkIn.details().restlessLegs().isEmpty()) {
                byDay.computeIfAbsent(checkIn.details().diaryDay(), d -> new ArrayList<>())
                        .add(checkIn.details().restlessLegs());
            }
        }
        if (byDay.isEmpty()) {
            return Prefill.NONE;
        }
        RestlessLegsAnswers suggested = RestlessLegsPrefill.from(
                byDay.values().stream().map(RestlessLegsPrefill.Day::of).toList());
        Map<String, String> answers = new LinkedHashMap<>();
        put(answers, "urge_to_move", suggested.urgeToMove());
        put(answers, "worse_at_rest", suggested.worseAtRest());
        put(answers, "relief_by_movement", suggested.reliefByMovement());
        put(answers, "worse_evening_or_night", suggested.worseEveningOrNight());
        return new Prefill(answers, byDay.size(), Map.of());
    }

    private static void put(Map<String, String> answers, String code, Boolean value) {
        if (value != null) {
            answers.put(code, value ? "yes" : "no");
        }
    }

    @Override
    @Transactional
    public AssessmentId save(
            AccountId account, Instrument instrument, Optional<AssessmentId> id, AnswerSheet answers, boolean finish) {
        for (String code : answers.answers().keySet()) {
            if (instrument.definition().item(code).isEmpty()) {
                throw new IllegalArgumentException("no such item: " + code);
            }
        }
        if (finish && !instrument.definition().missing(answers.answers()).isEmpty()) {
            throw new IllegalArgumentException("unanswered items");
        }
        Instant now = clock.instant();
        LocalDate today = diary.today(account);
        AssessmentId target;
        if (id.isPresent()) {
            target = id.get();
            Optional<Assessment> existing = assessments.find(account, target);
            if (existing.isEmpty() || existing.get().instrument() != instrument) {
                throw new NotEditableException();
            }
        } else {
            target = AssessmentId.random();
            assessments.insert(account, target, instrument.currentVersion(), today, now);
        }
        if (!assessments.replaceAnswers(account, target, answers, today, now)) {
            throw new NotEditableException();
        }
        if (finish) {
            assessments.markComplete(account, target, now);
        }
        return target;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Assessment> find(AccountId account, AssessmentId id) {
        return assessments.find(account, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Assessment> draft(AccountId account, Instrument instrument) {
        return assessments.latestDraft(account, instrument.currentVersion());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assessment> completed(AccountId account, Instrument instrument) {
        return assessments.completed(account, instrument.currentVersion());
    }

    @Override
    @Transactional
    public boolean restore(AccountId account, Assessment assessment) {
        QuestionnaireDefinition definition = assessment.instrument().definition();
        if (!definition.version().equals(assessment.version())) {
            throw new IllegalArgumentException("unknown questionnaire version " + assessment.version());
        }
        Map<String, String> answers = assessment.answers().answers();
        answers.forEach((code, answer) -> {
            boolean valid = definition
                    .item(code)
                    .flatMap(item -> item.normalise(answer))
                    .filter(answer::equals)
                    .isPresent();
            if (!valid) {
                throw new IllegalArgumentException("not an answer to " + code);
            }
        });
        if (assessment.complete() && (!definition.missing(answers).isEmpty() || assessment.completedAt() == null)) {
            throw new IllegalArgumentException("a finished assessment needs every answer and its time");
        }
        AssessmentId target = assessment.id();
        if (!assessments.exists(account, target) && assessments.exists(target)) {
            target = new AssessmentId(account.derive(target.toString()));
        }
        if (assessments.exists(account, target)) {
            return false;
        }
        assessments.insert(account, target, assessment.version(), assessment.day(), assessment.startedAt());
        assessments.replaceAnswers(account, target, assessment.answers(), assessment.day(), assessment.updatedAt());
        if (assessment.complete()) {
            assessments.markComplete(account, target, assessment.completedAt());
        }
        return true;
    }

    @Override
    @Transactional
    public boolean delete(AccountId account, AssessmentId id) {
        return assessments.delete(account, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assessment> all(AccountId account) {
        return assessments.all(account);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Instrument, Integer> intervals(AccountId account) {
        Map<String, Integer> chosen = schedules.intervals(account);
        Map<Instrument, Integer> intervals = new java.util.EnumMap<>(Instrument.class);
        for (Instrument instrument : Instrument.values()) {
            intervals.put(instrument, chosen.getOrDefault(instrument.code(), instrument.suggestedIntervalDays()));
        }
        return intervals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueStatus> schedule(AccountId account) {
        LocalDate today = diary.today(account);
        Map<Instrument, Integer> intervals = intervals(account);
        List<DueStatus> result = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            int interval = intervals.get(instrument);
            LocalDate last = assessments
                    .lastCompletedDay(account, instrument.currentVersion())
                    .orElse(null);
            result.add(DueStatus.of(instrument, interval, last, today));
        }
        return result;
    }

    @Override
    @Transactional
    public void setInterval(AccountId account, Instrument instrument, int days) {
        if (days < DueStatus.NO_REMINDER || days > DueStatus.MAX_INTERVAL_DAYS) {
            throw new IllegalArgumentException("interval out of range");
        }
        schedules.set(account, instrument.code(), days);
    }

    @Override
    @Transactional
    public void recordOutsideScore(AccountId account, OutsideScore score) {
        outsideScores.insert(account, score, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutsideScore> outsideScores(AccountId account) {
        return outsideScores.list(account);
    }

    @Override
    @Transactional
    public boolean deleteOutsideScore(AccountId account, String id) {
        return outsideScores.delete(account, id);
    }

    @Override
    @Transactional(readOnly = true)
    public NeuropathicProfile neuropathicProfile(AccountId account, LocalDate from, LocalDate to) {
        return NeuropathicProfile.of(
                diary.between(account, from, to).stream().map(CheckIn::details).toList());
    }
}
