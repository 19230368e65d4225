package org.legible.checkup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.legible.insights.patterns.Explanation;
import org.legible.insights.patterns.Mechanism;

/** The shared rules fed from check-up answers: what should fire, what should not, and the borderlines. */
class CheckUpSignsTest {

    private static CheckUpAnswers answers(String... pairs) {
        Map<String, List<String>> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        CheckUpAnswers.Parsed parsed = CheckUpAnswers.read(form);
        assertThat(parsed.errors()).isEmpty();
        return parsed.answers();
    }

    private static List<Mechanism> mechanisms(CheckUpAnswers answers) {
        return CheckUpResult.of(answers).explanations().stream()
                .map(Explanation::mechanism)
                .toList();
    }

    @Test
    void noAnswersFireNothingAndNotSureFiresNothing() {
        assertThat(mechanisms(CheckUpAnswers.NONE)).isEmpty();
        assertThat(mechanisms(answers(
                        "first_step_heel_pain", "not_sure",
                        "worse_on_feet", "not_sure",
                        "worse_after_poor_night", "not_sure",
                        "feet_cold", "not_sure")))
                .isEmpty();
    }

    @Test
    void burningFeetOnMostDaysPointToSmallFibresButNotOnSomeDaysOrWithoutAFootChosen() {
        assertThat(mechanisms(answers("where", "sole-left", "feet_feels", "burning", "how_often", "most_days")))
                .containsExactly(Mechanism.SMALL_FIBRE);
        assertThat(mechanisms(answers("where", "sole-left", "feet_feels", "burning", "how_often", "some_days")))
                .isEmpty();
        assertThat(mechanisms(answers("where", "calf-left", "feet_feels", "burning", "how_often", "every_day")))
                .as("no foot or ankle chosen on the map")
                .isEmpty();
        assertThat(mechanisms(answers("where", "sole-left", "feet_feels", "aching", "how_often", "every_day")))
                .as("aching is not a nerve-type word")
                .isEmpty();
    }

    @Test
    void theUrgeNeedsAllThreeFeaturesAndAtLeastOneOrTwoNightsAWeek() {
        String[] features = {"urge_worse_at_rest", "yes", "urge_eased_by_moving", "yes", "urge_worse_evening", "yes"};
        assertThat(mechanisms(answers(concat(features, "urge_to_move", "some_nights"))))
                .containsExactly(Mechanism.RESTLESS_LEGS);
        assertThat(mechanisms(answers(concat(features, "urge_to_move", "rarely"))))
                .isEmpty();
        assertThat(mechanisms(answers(
                        "urge_to_move", "most_nights",
                        "urge_worse_at_rest", "yes",
                        "urge_eased_by_moving", "no",
                        "urge_worse_evening", "yes")))
                .isEmpty();
    }

    @Test
    void morningStiffnessCountsFromAnHourAndNeedsAJointThatLooksSwollenOrAHotJoint() {
        assertThat(mechanisms(answers("morning_stiffness", "hour_or_more", "joints_look_swollen", "yes")))
                .containsExactly(Mechanism.INFLAMMATORY_ARTHRITIS);
        assertThat(mechanisms(answers("morning_stiffness", "hour_or_more", "red_flags", "hot_swollen_joint")))
                .containsExactly(Mechanism.INFLAMMATORY_ARTHRITIS);
        assertThat(mechanisms(answers("morning_stiffness", "30_to_60_minutes", "joints_look_swollen", "yes")))
                .isEmpty();
        assertThat(mechanisms(answers("morning_stiffness", "hour_or_more", "joints_look_swollen", "no")))
                .isEmpty();
    }

    @Test
    void loadAndPoorNightsTogetherPointToCentralSensitisationAndEitherAloneDoesNot() {
        assertThat(mechanisms(answers("worse_on_feet", "yes", "worse_after_poor_night", "yes")))
                .containsExactly(Mechanism.CENTRAL_SENSITISATION);
        assertThat(mechanisms(answers("worse_on_feet", "yes"))).isEmpty();
        assertThat(mechanisms(answers("worse_after_poor_night", "yes"))).isEmpty();
    }

    @Test
    void nightsBrokenThreeTimesAWeekPointToSleepButOnceOrTwiceDoesNot() {
        assertThat(mechanisms(answers("woken_by_legs", "most_nights"))).containsExactly(Mechanism.SLEEP);
        assertThat(mechanisms(answers("woken_by_legs", "some_nights"))).isEmpty();
    }

    @Test
    void coldOrColourChangingFeetWithHeavyLegsPointToAutonomicChanges() {
        assertThat(mechanisms(answers("colour_changes", "yes", "legs_feels", "heaviness")))
                .containsExactly(Mechanism.AUTONOMIC);
        assertThat(mechanisms(answers("feet_cold", "yes"))).isEmpty();
        assertThat(mechanisms(answers("legs_feels", "heaviness"))).isEmpty();
    }

    @Test
    void firstStepHeelPainPointsToThePlantarHeelAndTheSuggestionsFollowThePatterns() {
        CheckUpResult result = CheckUpResult.of(answers("first_step_heel_pain", "yes", "red_flags", "cold_pale_leg"));

        assertThat(result.mechanisms()).containsExactly(Mechanism.PLANTAR_HEEL);
        assertThat(result.redFlags().byUrgency()).extracting(f -> f.code()).containsExactly("cold_pale_leg");
        assertThat(result.suggestions())
                .extracting(s -> s.strategy().code() + ":" + s.strength().code())
                .containsExactly("low_impact_exercise:strong_for", "footwear_insoles:not_rated");
    }

    @Test
    void walkingDifferentlyWithPainAfterStandingOrWalkingPointsToGait() {
        assertThat(mechanisms(answers("walk_differently", "yes", "worse_on_feet", "yes")))
                .containsExactly(Mechanism.GAIT);
        assertThat(mechanisms(answers("walk_differently", "yes", "worse_on_feet", "not_sure")))
                .isEmpty();
        assertThat(mechanisms(answers("walk_differently", "not_sure", "worse_on_feet", "yes")))
                .isEmpty();
        assertThat(mechanisms(
                        answers("walk_differently", "yes", "worse_on_feet", "yes", "worse_after_poor_night", "yes")))
                .as("the same load can fit both")
                .containsExactly(Mechanism.GAIT, Mechanism.CENTRAL_SENSITISATION);
    }

    @Test
    void osteoarthritisNeedsFortyFiveAJointThatHurtsWithUseAndThirtyMinutesOfStiffnessAtMost() {
        String[] fits = {"age", "45_or_over", "joint_pain_with_use", "yes"};
        assertThat(mechanisms(answers(concat(fits, "morning_stiffness", "none"))))
                .containsExactly(Mechanism.OSTEOARTHRITIS);
        assertThat(mechanisms(answers(concat(fits, "morning_stiffness", "under_30_minutes"))))
                .containsExactly(Mechanism.OSTEOARTHRITIS);
        assertThat(mechanisms(answers(concat(fits, "morning_stiffness", "30_to_60_minutes"))))
                .as("more than 30 minutes")
                .isEmpty();
        assertThat(mechanisms(answers(concat(fits, "morning_stiffness", "hour_or_more", "joints_look_swollen", "yes"))))
                .as("long stiffness with swelling points elsewhere")
                .containsExactly(Mechanism.INFLAMMATORY_ARTHRITIS);
        assertThat(mechanisms(answers(fits))).as("stiffness not answered").isEmpty();
        assertThat(mechanisms(answers("age", "under_45", "joint_pain_with_use", "yes", "morning_stiffness", "none")))
                .isEmpty();
        assertThat(mechanisms(answers("joint_pain_with_use", "yes", "morning_stiffness", "none")))
                .as("age not answered")
                .isEmpty();
        assertThat(mechanisms(
                        answers("age", "45_or_over", "joint_pain_with_use", "not_sure", "morning_stiffness", "none")))
                .isEmpty();
    }

    @Test
    void anAgeTheFormNeverOffersComesBackAsAnError() {
        CheckUpAnswers.Parsed parsed = CheckUpAnswers.read(Map.of("age", List.of("44")));
        assertThat(parsed.errors()).containsKey("age");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
