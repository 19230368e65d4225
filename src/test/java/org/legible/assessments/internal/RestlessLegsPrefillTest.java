package org.legible.assessments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.assessments.RestlessLegsAnswers;
import org.legible.assessments.internal.RestlessLegsPrefill.Day;

/** What two weeks of check-ins pre-fill in the restless-legs screen, and what they leave open. */
class RestlessLegsPrefillTest {

    @Test
    void two_weeks_of_daily_answers_pre_fill_what_they_clearly_show_and_leave_the_rest_open() {
        List<Day> days = List.of(
                new Day(5, true, true, null),
                new Day(3, true, false, null),
                new Day(0, false, false, false),
                new Day(6, false, true, null),
                new Day(null, null, null, null),
                new Day(4, true, null, false));
        RestlessLegsAnswers prefill = RestlessLegsPrefill.from(days);
        assertThat(prefill.urgeToMove()).isTrue();
        assertThat(prefill.worseAtRest()).as("yes on 3 of 4 urge days").isTrue();
        assertThat(prefill.reliefByMovement()).as("yes on 2 of 4: half").isTrue();
        assertThat(prefill.worseEveningOrNight())
                .as("no on 1 of 4, rest unanswered")
                .isNull();
        assertThat(prefill.twiceWeeklyOrMore()).isNull();
    }

    @Test
    void days_without_an_urge_pre_fill_no_for_the_urge_and_nothing_else_and_no_days_pre_fill_nothing() {
        RestlessLegsAnswers none =
                RestlessLegsPrefill.from(List.of(new Day(0, null, null, null), new Day(0, false, false, false)));
        assertThat(none.urgeToMove()).isFalse();
        assertThat(none.worseAtRest()).isNull();
        assertThat(RestlessLegsPrefill.from(List.of()).urgeToMove()).isNull();
        RestlessLegsAnswers mostlyNo = RestlessLegsPrefill.from(
                List.of(new Day(2, false, null, null), new Day(2, false, null, null), new Day(2, true, null, null)));
        assertThat(mostlyNo.worseAtRest()).as("no on 2 of 3").isFalse();
    }

    @Test
    void several_check_ins_on_one_day_make_one_day_with_the_strongest_urge_and_any_yes() {
        Day day = Day.of(List.of(
                new org.legible.diary.CheckInDetails.RestlessLegs(3, false, null, null),
                new org.legible.diary.CheckInDetails.RestlessLegs(7, true, null, false),
                new org.legible.diary.CheckInDetails.RestlessLegs(null, null, null, false)));
        assertThat(day).isEqualTo(new Day(7, true, null, false));
        assertThat(Day.of(List.of()).isEmpty()).isTrue();
    }
}
