package org.legible.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Registration;
import org.legible.diary.Diary;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@LegibleTest
class DemoCommandTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Diary diary;

    @Autowired
    DemoCommand command;

    private DemoCommand.Outcome run(String... args) {
        DemoCommand fresh = new DemoCommand(accounts, diary);
        fresh.run(new DefaultApplicationArguments(args));
        return fresh.outcome();
    }

    private AccountId signUp(String who) {
        return ((Registration.Registered)
                        accounts.register(People.uniqueEmail(who), People.PASSPHRASE, ZoneId.of("UTC"), null))
                .accountId();
    }

    @Test
    void fillsAnEmptyAccountWithAMorningAndAnEveningCheckInForEachDayEndingToday() {
        AccountId account = signUp("demo");
        String email = accounts.email(account);

        assertThat(run("demo", email.toUpperCase(java.util.Locale.ROOT), "--days=30"))
                .isEqualTo(DemoCommand.Outcome.FILLED);

        LocalDate today = diary.today(account);
        var checkIns = diary.between(account, today.minusDays(40), today);
        assertThat(checkIns).hasSize(60);
        assertThat(checkIns.get(0).details().diaryDay()).isEqualTo(today.minusDays(29));
        assertThat(checkIns.get(checkIns.size() - 1).details().diaryDay()).isEqualTo(today);
        assertThat(checkIns)
                .filteredOn(c -> c.details().timeOfDay() == TimeOfDay.EVENING)
                .hasSize(30);
    }

    @Test
    void refusesAnAccountThatAlreadyHasCheckInsAndLeavesItAlone() {
        AccountId account = signUp("demo-twice");
        String email = accounts.email(account);
        assertThat(run("demo", email, "--days=5")).isEqualTo(DemoCommand.Outcome.FILLED);

        assertThat(run("demo", email, "--days=5")).isEqualTo(DemoCommand.Outcome.REFUSED);

        LocalDate today = diary.today(account);
        assertThat(diary.between(account, today.minusDays(10), today)).hasSize(10);
    }

    @Test
    void refusesUnknownAccountsAndBadNumbersWithoutWritingAnything() {
        AccountId account = signUp("demo-bad");
        String email = accounts.email(account);

        assertThat(run("demo", "nobody@example.com")).isEqualTo(DemoCommand.Outcome.REFUSED);
        assertThat(run("demo", email, "--days=0")).isEqualTo(DemoCommand.Outcome.REFUSED);
        assertThat(run("demo", email, "--days=many")).isEqualTo(DemoCommand.Outcome.REFUSED);
        assertThat(run("demo", email, "--days=3651")).isEqualTo(DemoCommand.Outcome.REFUSED);
        assertThat(run("demo")).isEqualTo(DemoCommand.Outcome.REFUSED);
        assertThat(diary.hasCheckIns(account)).isFalse();
    }

    @Test
    void anyOtherCommandLineLeavesTheServerToStartAsUsual() {
        assertThat(run()).isEqualTo(DemoCommand.Outcome.NOT_RUN);
        assertThat(run("--server.port=9000")).isEqualTo(DemoCommand.Outcome.NOT_RUN);
        assertThat(command.outcome()).isEqualTo(DemoCommand.Outcome.NOT_RUN);
        assertThat(command.getExitCode()).isZero();
    }
}
