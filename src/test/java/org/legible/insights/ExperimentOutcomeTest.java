package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.CheckInId;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.support.CheckIns;

class ExperimentOutcomeTest {

    static final LocalDate START = LocalDate.of(2026, 11, 1);

    private static CheckIn checkIn(LocalDate day, int pain, boolean heat) {
        CheckInDetails details = CheckIns.on(day, pain)
                .strategies(heat ? List.of(new StrategyUse(Strategy.HEAT, null, null, 20, null)) : List.of())
                .details();
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        return new CheckIn(CheckInId.random(), 1, at, at, details);
    }

    @Test
    void its_days_against_as_many_days_before_with_the_days_the_strategy_was_recorded() {
        List<CheckIn> checkIns = new ArrayList<>();
        // 14 days before at pain 6 (one of them twice: 6 and 8, a daily mean of 7); the 14 days at pain 4.
        for (int i = 1; i <= 14; i++) {
            checkIns.add(checkIn(START.minusDays(i), 6, false));
        }
        checkIns.add(checkIn(START.minusDays(1), 8, false));
        for (int i = 0; i < 14; i++) {
            checkIns.add(checkIn(START.plusDays(i), 4, i % 2 == 0));
        }
        // A day before the baseline and one after the experiment do not count.
        checkIns.add(checkIn(START.minusDays(15), 10, false));
        checkIns.add(checkIn(START.plusDays(14), 10, true));

        ExperimentOutcome outcome = ExperimentOutcome.of(checkIns, Strategy.HEAT, START, 14, START.plusDays(13));

        assertThat(outcome.daysSoFar()).isEqualTo(14);
        assertThat(outcome.daysUsed()).as("heat recorded on every other day").isEqualTo(7);
        assertThat(outcome.baselineDays()).isEqualTo(14);
        assertThat(outcome.trialDays()).isEqualTo(14);
        assertThat(outcome.baselineMean()).isEqualTo((13 * 6 + 7) / 14.0);
        assertThat(outcome.trialMean()).isEqualTo(4.0);
        assertThat(outcome.change()).get().satisfies(c -> {
            assertThat(c.difference()).isEqualTo(4.0 - (13 * 6 + 7) / 14.0);
            assertThat(c.clearlyLower()).isTrue();
        });
    }

    @Test
    void a_few_days_in_there_is_no_comparison_yet_and_days_not_yet_come_do_not_count() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            checkIns.add(checkIn(START.minusDays(i), 6, false));
        }
        checkIns.add(checkIn(START, 5, true));
        checkIns.add(checkIn(START.plusDays(1), 5, false));

        ExperimentOutcome outcome = ExperimentOutcome.of(checkIns, Strategy.HEAT, START, 21, START.plusDays(2));

        assertThat(outcome.daysSoFar()).isEqualTo(3);
        assertThat(outcome.daysUsed()).isEqualTo(1);
        assertThat(outcome.trialDays()).isEqualTo(2);
        assertThat(outcome.change()).as("fewer than 5 days of it").isEmpty();
    }
}
