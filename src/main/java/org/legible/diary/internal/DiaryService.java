package org.legible.diary.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInId;
import org.legible.diary.CheckInScores;
import org.legible.diary.CheckInVersion;
import org.legible.diary.DayPage;
import org.legible.diary.Diary;
import org.legible.diary.DiaryDays;
import org.legible.diary.DiaryEvents;
import org.legible.diary.DiaryPage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DiaryService implements Diary {

    private final CheckInRepository checkIns;
    private final CheckInSubmissionRepository submissions;
    private final DiaryDayRepository days;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DiaryService(
            CheckInRepository checkIns,
            CheckInSubmissionRepository submissions,
            DiaryDayRepository days,
            Accounts accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.days = days;
        this.checkIns = checkIns;
        this.submissions = submissions;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CheckInId record(AccountId account, CheckInDetails details, String enteredBy) {
        requireNotFuture(account, details.diaryDay());
        CheckInId id = CheckInId.random();
        Instant now = clock.instant();
        checkIns.insertVersion(account, id, 1, now, now, details, enteredBy);
        events.publishEvent(new DiaryEvents.CheckInRecorded(account, id, details.diaryDay(), enteredBy));
        return id;
    }

    @Override
    @Transactional
    public Submission submit(AccountId account, CheckInDetails details, Instant madeAt, UUID key, String enteredBy) {
        Optional<CheckInId> earlier = submissions.entry(account, key);
        if (earlier.isPresent()) {
            return new Submission(earlier.filter(id -> checkIns.entryExists(account, id)), true);
        }
        requireNotFuture(account, details.diaryDay());
        CheckInId id = CheckInId.random();
        Instant now = clock.instant();
        // A device clock a little ahead of the server's must not put a check-in in the future.
        Instant recordedAt = madeAt.isAfter(now) ? now : madeAt;
        submissions.insert(account, key, id, now);
        checkIns.insertVersion(account, id, 1, recordedAt, now, details, enteredBy);
        events.publishEvent(new DiaryEvents.CheckInRecorded(account, id, details.diaryDay(), enteredBy));
        return new Submission(Optional.of(id), false);
    }

    @Override
    @Transactional
    public boolean correct(AccountId account, CheckInId id, CheckInDetails details) {
        return correct(account, id, OptionalInt.empty(), details);
    }

    @Override
    @Transactional
    public boolean correct(AccountId account, CheckInId id, int basedOn, CheckInDetails details) {
        return correct(account, id, OptionalInt.of(basedOn), details);
    }

    private boolean correct(AccountId account, CheckInId id, OptionalInt basedOn, CheckInDetails details) {
        Optional<CheckInRepository.VersionRow> current = checkIns.current(account, id);
        if (current.isEmpty()) {
            return false;
        }
        if (basedOn.isPresent() && basedOn.getAsInt() != current.get().version()) {
            throw new StaleCorrectionException(current.get().version());
        }
        requireNotFuture(account, details.diaryDay());
        Instant now = clock.instant();
        if (!checkIns.supersede(account, current.get().rowId(), now)) {
            throw new ConcurrentCorrectionException();
        }
        int version = current.get().version() + 1;
        // A correction keeps who entered the check-in: the person correcting a carer's entry does not make it theirs.
        checkIns.insertVersion(
                account,
                id,
                version,
                current.get().recordedAt(),
                now,
                details,
                current.get().enteredBy());
        return true;
    }

    @Override
    @Transactional
    public boolean restore(
            AccountId account, CheckInId id, Instant recordedAt, List<CheckInVersion> versions, String enteredBy) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a check-in needs at least one version");
        }
        for (int i = 0; i < versions.size(); i++) {
            boolean last = i == versions.size() - 1;
            if (versions.get(i).version() != i + 1 || (versions.get(i).supersededAt() == null) != last) {
                throw new IllegalArgumentException("versions must be 1..n with only the last one current");
            }
        }
        CheckInId target = id;
        if (!checkIns.entryExists(account, id) && checkIns.entryExists(id)) {
            target = new CheckInId(account.derive(id.value()).toString());
        }
        if (checkIns.entryExists(account, target)) {
            return false;
        }
        for (CheckInVersion version : versions) {
            String row = checkIns.insertVersion(
                    account, target, version.version(), recordedAt, version.savedAt(), version.details(), enteredBy);
            if (version.supersededAt() != null) {
                checkIns.supersede(account, row, version.supersededAt());
            }
        }
        // Restored from a file, not recorded by a carer now: no carer's action to log.
        events.publishEvent(new DiaryEvents.CheckInRecorded(
                account, target, versions.get(versions.size() - 1).details().diaryDay(), null));
        return true;
    }

    @Override
    @Transactional
    public boolean delete(AccountId account, CheckInId id) {
        return checkIns.deleteEntry(account, id) > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CheckIn> find(AccountId account, CheckInId id) {
        return checkIns.find(account, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CheckInVersion> earlierVersions(AccountId account, CheckInId id) {
        return checkIns.earlierVersions(account, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CheckIn> latest(AccountId account) {
        return checkIns.latest(account);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasCheckIns(AccountId account) {
        return checkIns.hasAny(account);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasCheckInOn(AccountId account, LocalDate day) {
        return checkIns.hasAnyOn(account, day);
    }

    @Override
    @Transactional(readOnly = true)
    public DiaryPage page(AccountId account, int page, int size) {
        int safePage = Math.max(0, page);
        List<CheckIn> rows = checkIns.page(account, safePage * size, size + 1);
        boolean hasOlder = rows.size() > size;
        return new DiaryPage(hasOlder ? rows.subList(0, size) : rows, safePage, hasOlder);
    }

    @Override
    @Transactional(readOnly = true)
    public DayPage days(AccountId account, int page, int size) {
        int safePage = Math.max(0, page);
        List<LocalDate> found = days.days(account, safePage * size, size + 1);
        boolean hasOlder = found.size() > size;
        return new DayPage(hasOlder ? found.subList(0, size) : found, safePage, hasOlder);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CheckIn> onDay(AccountId account, LocalDate day) {
        return checkIns.onDay(account, day);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CheckIn> between(AccountId account, LocalDate from, LocalDate to) {
        return checkIns.between(account, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CheckInScores> scores(AccountId account) {
        return checkIns.scores(account);
    }

    @Override
    public LocalDate today(AccountId account) {
        return DiaryDays.dayOf(clock.instant(), accounts.preferences(account));
    }

    private void requireNotFuture(AccountId account, LocalDate day) {
        if (day.isAfter(today(account))) {
            throw new FutureDayException();
        }
    }
}
