package org.legible.assessments;

import java.util.Optional;

/**
 * Screens the IRLSSG 2014 consensus criteria (Allen et al., Sleep Med 2014;15:860–873; docs/clinical-basis.md, "Screens").
 * A diary can screen criteria 1–4 only: criterion 5 (the symptoms are not solely explained by another condition,
 * such as myalgia, leg cramps or venous disease) needs a clinician, so this screen never says the criteria are met;
 * at most that criteria 1–4 are all reported and a clinician's assessment is worth asking for.
 */
public final class RestlessLegsScreen {

    public static final String VERSION = "irlssg-2014-screen";

    /** How the four reportable criteria came out. */
    public enum Outcome {
        /** Criteria 1–4 are all reported: worth asking a clinician to assess criterion 5 and iron. */
        CRITERIA_ONE_TO_FOUR_REPORTED,
        /** At least one of criteria 1–4 was answered no. */
        NOT_ALL_REPORTED,
        /** Some answers are missing and none is no: the screen cannot say yet. */
        INCOMPLETE
    }

    /** Clinical course specifier . */
    public enum Course {
        CHRONIC_PERSISTENT,
        INTERMITTENT
    }

    /**
     * The outcome and, only when criteria 1–4 are all reported, the course and clinical-significance specifiers: they
     * describe the condition, so a screen that does not fit it never carries them (docs/clinical-basis.md,
     * "Restless-legs screen").
     */
    public record Result(Outcome outcome, Optional<Course> course, Optional<Boolean> clinicallySignificant) {

        /** Whether the iron thresholds and the specifiers apply: only when criteria 1–4 are all reported. */
        public boolean fitsCriteriaOneToFour() {
            return outcome == Outcome.CRITERIA_ONE_TO_FOUR_REPORTED;
        }
    }

    private RestlessLegsScreen() {}

    public static Result screen(RestlessLegsAnswers answers) {
        Boolean[] criteria = {
            answers.urgeToMove(), answers.worseAtRest(), answers.reliefByMovement(), answers.worseEveningOrNight()
        };
        boolean anyNo = false;
        boolean anyMissing = false;
        for (Boolean criterion : criteria) {
            anyNo |= Boolean.FALSE.equals(criterion);
            anyMissing |= criterion == null;
        }
        Outcome outcome = anyNo
                ? Outcome.NOT_ALL_REPORTED
                : anyMissing ? Outcome.INCOMPLETE : Outcome.CRITERIA_ONE_TO_FOUR_REPORTED;
        if (outcome != Outcome.CRITERIA_ONE_TO_FOUR_REPORTED) {
            return new Result(outcome, Optional.empty(), Optional.empty());
        }
        return new Result(outcome, course(answers), Optional.ofNullable(answers.significantImpact()));
    }

    /**
     * Chronic-persistent: on average at least twice a week over the past year. Intermittent: less often, with at least
     * five lifetime episodes. Otherwise no course can be named.
     */
    static Optional<Course> course(RestlessLegsAnswers answers) {
        if (Boolean.TRUE.equals(answers.twiceWeeklyOrMore())) {
            return Optional.of(Course.CHRONIC_PERSISTENT);
        }
        if (Boolean.FALSE.equals(answers.twiceWeeklyOrMore())
                && Boolean.TRUE.equals(answers.fiveOrMoreEpisodesEver())) {
            return Optional.of(Course.INTERMITTENT);
        }
        return Optional.empty();
    }
}
