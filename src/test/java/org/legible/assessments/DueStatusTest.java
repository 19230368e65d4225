package org.legible.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void never_taken_is_due_today() {
        DueStatus due = DueStatus.of(Instrument.ACR_2016, 30, null, TODAY);
        assertThat(due.due()).isTrue();
        assertThat(due.dueOn()).isEqualTo(TODAY);
    }

    @Test
    void due_on_the_day_the_interval_ends_and_not_the_day_before() {
        LocalDate last = TODAY.minusDays(30);
        assertThat(DueStatus.of(Instrument.ACR_2016, 30, last, TODAY).due()).isTrue();
        assertThat(DueStatus.of(Instrument.ACR_2016, 31, last, TODAY).due()).isFalse();
        assertThat(DueStatus.of(Instrument.ACR_2016, 31, last, TODAY).dueOn()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void no_reminders_is_never_due() {
        DueStatus off = DueStatus.of(Instrument.RESTLESS_LEGS, DueStatus.NO_REMINDER, null, TODAY);
        assertThat(off.due()).isFalse();
        assertThat(off.remindersOff()).isTrue();
        assertThat(off.dueOn()).isNull();
    }

    @Test
    void the_suggested_intervals_are_monthly_and_three_monthly() {
        assertThat(Instrument.ACR_2016.suggestedIntervalDays()).isEqualTo(30);
        assertThat(Instrument.RESTLESS_LEGS.suggestedIntervalDays()).isEqualTo(90);
    }
}
