package org.legible.diary.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.diary.CheckInRules;
import org.legible.diary.Diary;
import org.legible.diary.PeriodStartRules;
import org.legible.diary.PeriodStarts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PeriodStartsService implements PeriodStarts {

    private final PeriodStartRepository repository;
    private final Diary diary;

    PeriodStartsService(PeriodStartRepository repository, Diary diary) {
        this.repository = repository;
        this.diary = diary;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LocalDate> all(AccountId account) {
        return repository.all(account);
    }

    @Override
    @Transactional
    public Optional<CheckInRules.Problem> mark(AccountId account, String text) {
        PeriodStartRules.Checked checked = PeriodStartRules.check(text, diary.today(account));
        if (checked.day() != null) {
            repository.mark(account, checked.day());
        }
        return checked.problem();
    }

    @Override
    @Transactional
    public boolean unmark(AccountId account, LocalDate day) {
        return repository.unmark(account, day);
    }
}
