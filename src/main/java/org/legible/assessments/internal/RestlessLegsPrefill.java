package org.legible.assessments.internal;

import java.util.List;
import org.legible.assessments.RestlessLegsAnswers;
import org.legible.diary.CheckInDetails;

/**
 * Pre-fills criteria 1–4 of the restless-legs screen from the daily restless-legs answers of the last two weeks, for
 * the person to confirm or change. Legible's rule, documented here: criterion 1 is yes when any day had an urge of 1
 * or more, and no when every answered day had 0. Each feature (2–4) is yes when it was answered yes on at least half
 * of the days with an urge, no when it was answered no on more than half of them, and left open otherwise. Days with
 * nothing recorded count for nothing.
 */
final class RestlessLegsPrefill {

    /** One day's restless-legs answers; any part may be missing. */
    public record Day(Integer urge, Boolean worseAtRest, Boolean reliefByMovement, Boolean worseEveningOrNight) {

        /**
         * One day from its check-ins' answers: the strongest urge, and each feature yes when any check-in said yes,
         * no when none said yes and one said no.
         */
        public static Day of(List<CheckInDetails.RestlessLegs> answers) {
            Integer urge = null;
            for (CheckInDetails.RestlessLegs answer : answers) {
                if (answer.urge() != null && (urge == null || answer.urge() > urge)) {
                    urge = answer.urge();
                }
            }
            return new Day(
                    urge,
                    any(answers.stream()
                            .map(CheckInDetails.RestlessLegs::worseAtRest)
                            .toList()),
                    any(answers.stream()
                            .map(CheckInDetails.RestlessLegs::reliefByMovement)
                            .toList()),
                    any(answers.stream()
                            .map(CheckInDetails.RestlessLegs::worseEveningOrNight)
                            .toList()));
        }

        private static Boolean any(List<Boolean> answers) {
            return answers.contains(Boolean.TRUE)
                    ? Boolean.TRUE
                    : answers.contains(Boolean.FALSE) ? Boolean.FALSE : null;
        }

        public boolean isEmpty() {
            return urge == null && worseAtRest == null && reliefByMovement == null && worseEveningOrNight == null;
        }
    }

    private RestlessLegsPrefill() {}

    public static RestlessLegsAnswers from(List<Day> days) {
        List<Day> withUrge =
                days.stream().filter(d -> d.urge() != null && d.urge() > 0).toList();
        boolean anyUrgeAnswered = days.stream().anyMatch(d -> d.urge() != null);
        Boolean urge = !withUrge.isEmpty() ? Boolean.TRUE : anyUrgeAnswered ? Boolean.FALSE : null;
        return new RestlessLegsAnswers(
                urge,
                feature(withUrge, Feature.REST),
                feature(withUrge, Feature.MOVEMENT),
                feature(withUrge, Feature.EVENING),
                null,
                null,
                null);
    }

    private enum Feature {
        REST,
        MOVEMENT,
        EVENING
    }

    private static Boolean feature(List<Day> withUrge, Feature feature) {
        if (withUrge.isEmpty()) {
            return null;
        }
        long yes = 0;
        long no = 0;
        for (Day day : withUrge) {
            Boolean answer =
                    switch (feature) {
                        case REST -> day.worseAtRest();
                        case MOVEMENT -> day.reliefByMovement();
                        case EVENING -> day.worseEveningOrNight();
                    };
            if (Boolean.TRUE.equals(answer)) {
                yes++;
            } else if (Boolean.FALSE.equals(answer)) {
                no++;
            }
        }
        if (yes * 2 >= withUrge.size()) {
            return Boolean.TRUE;
        }
        if (no * 2 > withUrge.size()) {
            return Boolean.FALSE;
        }
        return null;
    }
}
