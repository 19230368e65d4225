package org.legible.insights;

import java.util.function.Function;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;

/**
 * The check-in's own 0 to 10 scales beside leg and foot pain (issue 29): mood and stress, when the person has them
 * asked, and how much pain got in the way of the day. Each is summed up like a scale of the person's own, before
 * those, so all that is followed beside the pain is found in one place.
 */
public enum BesidePainScale {
    MOOD("mood", d -> d.moodAndStress().mood()),
    STRESS("stress", d -> d.moodAndStress().stress()),
    INTERFERENCE("interference", CheckInDetails::interference);

    private final String code;
    private final Function<CheckInDetails, Integer> answer;

    BesidePainScale(String code, Function<CheckInDetails, Integer> answer) {
        this.code = code;
        this.answer = answer;
    }

    /** Names its message: {@code checkIn.view.<code>} says the scale and what 10 means. */
    public String code() {
        return code;
    }

    /** The check-in's answer, or null when it was not asked or skipped. */
    public Integer answerIn(CheckIn checkIn) {
        return answer.apply(checkIn.details());
    }

    /** Whether any of these check-ins answered any of the scales. */
    public static boolean anyAnswered(java.util.Collection<CheckIn> checkIns) {
        for (CheckIn checkIn : checkIns) {
            for (BesidePainScale scale : values()) {
                if (scale.answerIn(checkIn) != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
