package org.legible.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.legible.diary.Vocabulary.Strategy;

class EffectWindowTest {

    private static String refusal(String startsAfter, String lasts) {
        EffectWindow.Checked checked = EffectWindow.check(startsAfter, lasts);
        assertThat(checked.window()).isNull();
        CheckInRules.Problem problem = checked.problem().orElseThrow();
        return problem.field() + ": " + problem.messageKey();
    }

    @Test
    void each_kind_has_its_default_and_the_person_s_own_are_counted_the_same_day() {
        assertThat(EffectWindow.defaultFor(Strategy.HEAT)).isEqualTo(EffectWindow.SAME_DAY);
        assertThat(EffectWindow.defaultFor(Strategy.LOW_IMPACT_EXERCISE)).isEqualTo(new EffectWindow(0, 3));
        assertThat(EffectWindow.defaultFor(Strategy.PHYSIOTHERAPY).lastDayAfter())
                .isEqualTo(2);
        assertThat(EffectWindow.defaultFor(Strategy.SLEEP_ROUTINE)).isEqualTo(new EffectWindow(1, 1));
        assertThatThrownBy(() -> new EffectWindow(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whole_days_within_the_bounds_are_kept_and_anything_else_is_refused_by_its_field() {
        assertThat(EffectWindow.check(" 7 ", "7").window()).isEqualTo(new EffectWindow(7, 7));
        assertThat(EffectWindow.check("0", "1").window()).isEqualTo(EffectWindow.SAME_DAY);
        assertThat(refusal("8", "1")).isEqualTo("startsAfter: effectWindow.startsAfter.invalid");
        assertThat(refusal("-1", "1")).isEqualTo("startsAfter: effectWindow.startsAfter.invalid");
        assertThat(refusal("1.5", "1")).isEqualTo("startsAfter: effectWindow.startsAfter.invalid");
        assertThat(refusal(null, "1")).isEqualTo("startsAfter: effectWindow.startsAfter.invalid");
        assertThat(refusal("0", "0")).isEqualTo("lasts: effectWindow.lasts.invalid");
        assertThat(refusal("0", "8")).isEqualTo("lasts: effectWindow.lasts.invalid");
        assertThat(refusal("0", "null")).isEqualTo("lasts: effectWindow.lasts.invalid");
    }

    @Test
    void a_key_is_a_strategy_s_code_or_an_own_name_of_one_line() {
        assertThat(EffectWindows.isKey("heat")).isTrue();
        assertThat(EffectWindows.isKey("own:foot bath")).isTrue();
        assertThat(EffectWindows.isKey("med:pregabalin")).isTrue();
        assertThat(EffectWindows.isKey("med:")).isFalse();
        assertThat(EffectWindows.isKey("drug:pregabalin")).isFalse();
        assertThat(EffectWindows.isKey("own:")).isFalse();
        assertThat(EffectWindows.isKey("own: padded")).isFalse();
        assertThat(EffectWindows.isKey("own:a\nb")).isFalse();
        assertThat(EffectWindows.isKey("own:" + "x".repeat(Limits.NAME_CHARACTERS + 1)))
                .isFalse();
        assertThat(EffectWindows.isKey("HEAT")).isFalse();
        assertThat(EffectWindows.isKey(null)).isFalse();
    }
}
