package org.legible.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodStartRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static String refusal(String text) {
        PeriodStartRules.Checked checked = PeriodStartRules.check(text, TODAY);
        assertThat(checked.day()).isNull();
        return checked.problem().orElseThrow().messageKey();
    }

    @Test
    void a_day_up_to_today_is_kept() {
        assertThat(PeriodStartRules.check(" 2026-12-07 ", TODAY).day()).isEqualTo(TODAY);
        assertThat(PeriodStartRules.check("1970-01-01", TODAY).day()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(PeriodStartRules.check("2026-11-09", TODAY).problem()).isEmpty();
    }

    @Test
    void an_empty_unreadable_future_or_too_early_day_is_refused_by_what_is_wrong() {
        assertThat(refusal(null)).isEqualTo("cycle.day.required");
        assertThat(refusal("  ")).isEqualTo("cycle.day.required");
        assertThat(refusal("7 December")).isEqualTo("checkIn.diaryDay.invalid");
        assertThat(refusal("2026-02-30")).isEqualTo("checkIn.diaryDay.invalid");
        assertThat(refusal("2026-12-08")).isEqualTo("cycle.day.future");
        assertThat(refusal("1969-12-31")).isEqualTo("cycle.day.tooEarly");
    }
}
