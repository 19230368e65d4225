package org.legible.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legible.assessments.RestlessLegsScreen.Course;
import org.legible.assessments.RestlessLegsScreen.Outcome;

class RestlessLegsScreenTest {

    private static RestlessLegsAnswers answers(Boolean c1, Boolean c2, Boolean c3, Boolean c4) {
        return new RestlessLegsAnswers(c1, c2, c3, c4, null, null, null);
    }

    @Test
    void all_four_reportable_criteria_reported_is_never_called_met_because_criterion_five_needs_a_clinician() {
        RestlessLegsScreen.Result result = RestlessLegsScreen.screen(answers(true, true, true, true));
        assertThat(result.outcome()).isEqualTo(Outcome.CRITERIA_ONE_TO_FOUR_REPORTED);
        assertThat(Outcome.values()).extracting(Enum::name).noneMatch(name -> name.contains("MET"));
    }

    @Test
    void any_criterion_answered_no_means_not_all_reported_even_with_others_missing() {
        assertThat(RestlessLegsScreen.screen(answers(true, true, false, true)).outcome())
                .isEqualTo(Outcome.NOT_ALL_REPORTED);
        assertThat(RestlessLegsScreen.screen(answers(false, null, null, null)).outcome())
                .isEqualTo(Outcome.NOT_ALL_REPORTED);
    }

    @Test
    void missing_answers_without_a_no_leave_the_screen_incomplete_rather_than_guessing() {
        assertThat(RestlessLegsScreen.screen(answers(true, true, true, null)).outcome())
                .isEqualTo(Outcome.INCOMPLETE);
        assertThat(RestlessLegsScreen.screen(answers(null, null, null, null)).outcome())
                .isEqualTo(Outcome.INCOMPLETE);
    }

    @Test
    void the_course_is_chronic_persistent_at_twice_a_week_and_intermittent_below_with_five_episodes() {
        assertThat(RestlessLegsScreen.course(new RestlessLegsAnswers(true, true, true, true, true, null, null)))
                .contains(Course.CHRONIC_PERSISTENT);
        assertThat(RestlessLegsScreen.course(new RestlessLegsAnswers(true, true, true, true, false, true, null)))
                .contains(Course.INTERMITTENT);
        assertThat(RestlessLegsScreen.course(new RestlessLegsAnswers(true, true, true, true, false, false, null)))
                .isEmpty();
        assertThat(RestlessLegsScreen.course(new RestlessLegsAnswers(true, true, true, true, null, true, null)))
                .isEmpty();
    }

    @Test
    void a_screen_that_does_not_fit_never_carries_the_specifiers_of_the_condition() {
        // Chronic-persistent and troubling by its answers, but worse at rest was answered no.
        RestlessLegsScreen.Result no =
                RestlessLegsScreen.screen(new RestlessLegsAnswers(true, false, true, true, true, null, true));
        assertThat(no.outcome()).isEqualTo(Outcome.NOT_ALL_REPORTED);
        assertThat(no.fitsCriteriaOneToFour()).isFalse();
        assertThat(no.course()).isEmpty();
        assertThat(no.clinicallySignificant()).isEmpty();
        // The borderline: one criterion not sure.
        RestlessLegsScreen.Result unsure =
                RestlessLegsScreen.screen(new RestlessLegsAnswers(true, true, null, true, true, null, true));
        assertThat(unsure.course()).isEmpty();
        assertThat(unsure.clinicallySignificant()).isEmpty();
        // All four reported: the specifiers apply.
        assertThat(RestlessLegsScreen.screen(new RestlessLegsAnswers(true, true, true, true, true, null, true))
                        .course())
                .contains(Course.CHRONIC_PERSISTENT);
    }

    @Test
    void clinical_significance_is_reported_as_answered() {
        assertThat(RestlessLegsScreen.screen(new RestlessLegsAnswers(true, true, true, true, true, null, true))
                        .clinicallySignificant())
                .contains(true);
        assertThat(RestlessLegsScreen.screen(answers(true, true, true, true)).clinicallySignificant())
                .isEmpty();
    }

    @ParameterizedTest(name = "ferritin {0}, TSAT {1} → {2}")
    @CsvSource({
        "74.9, , SUPPLEMENT_SUGGESTED",
        "75, , SUPPLEMENT_SUGGESTED",
        "75.1, , IV_ONLY_CONSIDERED",
        "100, , IV_ONLY_CONSIDERED",
        "100.1, , ABOVE_THRESHOLDS",
        "300, 19.9, SUPPLEMENT_SUGGESTED",
        "300, 20, ABOVE_THRESHOLDS",
        "90, 20, IV_ONLY_CONSIDERED",
        "90, 15, SUPPLEMENT_SUGGESTED"
    })
    void iron_bands_follow_the_aasm_thresholds(BigDecimal ferritin, BigDecimal tsat, IronAdvice.Band band) {
        assertThat(IronAdvice.band(ferritin, tsat)).isEqualTo(band);
    }

    @Test
    void a_missing_or_negative_ferritin_is_refused() {
        assertThatThrownBy(() -> IronAdvice.band(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IronAdvice.band(new BigDecimal("-1"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
