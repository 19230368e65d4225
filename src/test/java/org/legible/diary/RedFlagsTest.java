package org.legible.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.legible.diary.RedFlag.Urgency;

/**
 * Red flags as short clinical vignettes: how soon each needs care on its own and beside the others, what heads the
 * block, and when the ordinary advice has to wait (docs/clinical-basis.md, "Red flags").
 */
class RedFlagsTest {

    private static final Instant REPORTED = Instant.parse("2026-12-01T09:00:00Z");

    private static RedFlags flags(RedFlag... flags) {
        return RedFlags.of(List.of(flags));
    }

    @Test
    void a_cold_pale_leg_and_saddle_numbness_need_care_now_walking_pain_eased_by_rest_soon_the_rest_today() {
        assertThat(RedFlag.COLD_PALE_LEG.urgency()).isEqualTo(Urgency.NOW);
        assertThat(RedFlag.SADDLE_NUMBNESS_OR_BLADDER.urgency()).isEqualTo(Urgency.NOW);
        assertThat(RedFlag.CALF_PAIN_WALKING_EASES_AT_REST.urgency()).isEqualTo(Urgency.SOON);
        for (RedFlag today : List.of(
                RedFlag.ONE_LEG_SWOLLEN_WARM_RED,
                RedFlag.HOT_SWOLLEN_JOINT,
                RedFlag.FOOT_WOUND_NOT_HEALING,
                RedFlag.FOOT_PAIN_AT_REST_EASED_HANGING_DOWN,
                RedFlag.ONE_LEG_WEAK_OR_FOOT_DROP,
                RedFlag.INJURY_OR_CANNOT_BEAR_WEIGHT,
                RedFlag.FEVER_WITH_PAINFUL_LEG)) {
            assertThat(today.urgency()).as(today.code()).isEqualTo(Urgency.TODAY);
        }
    }

    @Test
    void a_hot_joint_or_a_foot_wound_with_a_fever_becomes_an_emergency_and_nothing_else_does() {
        RedFlags hotWithFever = flags(RedFlag.HOT_SWOLLEN_JOINT, RedFlag.FEVER_WITH_PAINFUL_LEG);
        assertThat(hotWithFever.urgencyOf(RedFlag.HOT_SWOLLEN_JOINT)).isEqualTo(Urgency.NOW);
        assertThat(hotWithFever.raisedByFever(RedFlag.HOT_SWOLLEN_JOINT)).isTrue();
        assertThat(hotWithFever.urgencyOf(RedFlag.FEVER_WITH_PAINFUL_LEG)).isEqualTo(Urgency.TODAY);
        assertThat(hotWithFever.mostUrgent()).contains(Urgency.NOW);

        assertThat(flags(RedFlag.FOOT_WOUND_NOT_HEALING, RedFlag.FEVER_WITH_PAINFUL_LEG)
                        .urgencyOf(RedFlag.FOOT_WOUND_NOT_HEALING))
                .isEqualTo(Urgency.NOW);
        // The borderline: a hot joint without a fever stays a same-day problem.
        assertThat(flags(RedFlag.HOT_SWOLLEN_JOINT).urgencyOf(RedFlag.HOT_SWOLLEN_JOINT))
                .isEqualTo(Urgency.TODAY);
        assertThat(flags(RedFlag.ONE_LEG_SWOLLEN_WARM_RED, RedFlag.FEVER_WITH_PAINFUL_LEG)
                        .urgencyOf(RedFlag.ONE_LEG_SWOLLEN_WARM_RED))
                .isEqualTo(Urgency.TODAY);
    }

    @Test
    void the_most_urgent_comes_first_and_names_the_heading() {
        RedFlags flags = flags(
                RedFlag.CALF_PAIN_WALKING_EASES_AT_REST,
                RedFlag.FEVER_WITH_PAINFUL_LEG,
                RedFlag.FOOT_WOUND_NOT_HEALING,
                RedFlag.COLD_PALE_LEG);
        assertThat(flags.byUrgency())
                .containsExactly(
                        RedFlag.COLD_PALE_LEG,
                        RedFlag.FOOT_WOUND_NOT_HEALING,
                        RedFlag.FEVER_WITH_PAINFUL_LEG,
                        RedFlag.CALF_PAIN_WALKING_EASES_AT_REST);
        assertThat(flags(RedFlag.CALF_PAIN_WALKING_EASES_AT_REST).mostUrgent()).contains(Urgency.SOON);
        assertThat(RedFlags.NONE.mostUrgent()).isEmpty();
    }

    @Test
    void care_now_or_today_holds_back_the_ordinary_advice_walking_pain_eased_by_rest_does_not() {
        assertThat(flags(RedFlag.INJURY_OR_CANNOT_BEAR_WEIGHT).stopsOrdinaryAdvice())
                .isTrue();
        assertThat(flags(RedFlag.COLD_PALE_LEG).stopsOrdinaryAdvice()).isTrue();
        assertThat(flags(RedFlag.CALF_PAIN_WALKING_EASES_AT_REST).stopsOrdinaryAdvice())
                .as("supervised walking is the standard advice for claudication")
                .isFalse();
        assertThat(RedFlags.NONE.stopsOrdinaryAdvice()).isFalse();
    }

    @Test
    void the_advice_waits_until_a_clinician_has_checked_every_urgent_flag_since_it_was_reported() {
        RedFlags flags = flags(RedFlag.FOOT_WOUND_NOT_HEALING, RedFlag.CALF_PAIN_WALKING_EASES_AT_REST);
        assertThat(flags.waitForClinician(Map.of(), REPORTED)).isTrue();
        assertThat(flags.waitForClinician(Map.of(RedFlag.FOOT_WOUND_NOT_HEALING, REPORTED.plusSeconds(60)), REPORTED))
                .isFalse();
        assertThat(flags.waitForClinician(Map.of(RedFlag.FOOT_WOUND_NOT_HEALING, REPORTED.minusSeconds(60)), REPORTED))
                .as("a check from before the report does not cover it")
                .isTrue();
        assertThat(flags.waitForClinician(
                        Map.of(RedFlag.CALF_PAIN_WALKING_EASES_AT_REST, REPORTED.plusSeconds(60)), REPORTED))
                .as("checking only the soon one leaves the urgent one waiting")
                .isTrue();
        assertThat(flags(RedFlag.CALF_PAIN_WALKING_EASES_AT_REST).waitForClinician(Map.of(), REPORTED))
                .isFalse();
    }
}
