package org.legible.checkup;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.diary.Coded;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.TimeOfDay;

/**
 * The check-up's questions as data: each has a stable code (a form field and a stored row), whether it takes one
 * answer or several, and the answers it allows. Words live in the message bundles under {@code checkup.q.<code>}
 * and {@code checkup.a.<code>.<answer>} (yes / no / not sure and the shared vocabularies use their own labels).
 */
public enum Question {
    WHERE(Kind.MANY, BodySite.all().stream().map(BodySite::code).toList()),
    FEET_FEELS(Kind.MANY, descriptors()),
    LEGS_FEELS(Kind.MANY, descriptors()),
    SINCE(Kind.ONE, List.of("under_3_months", "3_to_12_months", "over_a_year")),
    HOW_OFTEN(Kind.ONE, List.of("every_day", "most_days", "some_days", "rarely")),
    WORSE_AT(Kind.MANY, codes(TimeOfDay.values())),
    WORSE_ON_FEET(Kind.ONE, Answers.YES_NO),
    WORSE_AFTER_POOR_NIGHT(Kind.ONE, Answers.YES_NO),
    WALK_DIFFERENTLY(Kind.ONE, Answers.YES_NO),
    HARD_TO_FALL_ASLEEP(Kind.ONE, Answers.YES_NO),
    WOKEN_BY_LEGS(Kind.ONE, Answers.NIGHTS),
    WAKE_UNREFRESHED(Kind.ONE, Answers.YES_NO),
    URGE_TO_MOVE(Kind.ONE, Answers.NIGHTS),
    URGE_WORSE_AT_REST(Kind.ONE, Answers.YES_NO),
    URGE_EASED_BY_MOVING(Kind.ONE, Answers.YES_NO),
    URGE_WORSE_EVENING(Kind.ONE, Answers.YES_NO),
    FEET_COLD(Kind.ONE, Answers.YES_NO),
    COLOUR_CHANGES(Kind.ONE, Answers.YES_NO),
    MORNING_STIFFNESS(Kind.ONE, List.of("none", "under_30_minutes", "30_to_60_minutes", "hour_or_more")),
    FIRST_STEP_HEEL_PAIN(Kind.ONE, Answers.YES_NO),
    JOINTS_LOOK_SWOLLEN(Kind.ONE, Answers.YES_NO),
    /** Which joints look swollen: the small joints of the toes or foot, an ankle, a knee, a hip. */
    SWOLLEN_WHERE(Kind.MANY, List.of("toes_or_foot", "ankle", "knee", "hip")),
    SWOLLEN_HOW_MANY(Kind.ONE, List.of("one", "more_than_one")),
    JOINT_PAIN_WITH_USE(Kind.ONE, Answers.YES_NO),
    AGE(Kind.ONE, List.of("under_45", "45_or_over")),
    CONDITIONS(Kind.MANY, List.of("diabetes", "arthritis", "thyroid", "back_problems")),
    RED_FLAGS(Kind.MANY, codes(RedFlag.values()));

    /** One answer (radio buttons) or any number (checkboxes). */
    public enum Kind {
        ONE,
        MANY
    }

    /** Shared answer sets. */
    public static final class Answers {
        public static final List<String> YES_NO = List.of("yes", "no", "not_sure");
        /** How many nights a week: 3 or more, 1 or 2, less than once, never. */
        public static final List<String> NIGHTS = List.of("most_nights", "some_nights", "rarely", "never");

        private Answers() {}
    }

    private final Kind kind;
    private final List<String> allowed;

    Question(Kind kind, List<String> allowed) {
        this.kind = kind;
        this.allowed = List.copyOf(allowed);
    }

    public Kind kind() {
        return kind;
    }

    public List<String> allowed() {
        return allowed;
    }

    /**
     * The message key of an allowed answer's words, from the vocabulary it comes from; a place ({@link #WHERE}) is
     * named by its side and region instead (the {@code site.name} message).
     */
    public String answerKey(String value) {
        return switch (this) {
            case FEET_FEELS, LEGS_FEELS -> "descriptor." + value;
            case WORSE_AT -> "timeOfDay." + value;
            case RED_FLAGS -> "redFlag." + value + ".question";
            default -> yesNo() ? "checkup.a." + value : "checkup.a." + code() + "." + value;
        };
    }

    public boolean yesNo() {
        return allowed.equals(Answers.YES_NO);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The form field's name and the stored question code. */
    public static java.util.Optional<Question> fromCode(String code) {
        return Arrays.stream(values()).filter(q -> q.code().equals(code)).findFirst();
    }

    private static List<String> descriptors() {
        return Arrays.stream(Descriptor.values()).map(Descriptor::code).toList();
    }

    private static List<String> codes(Coded[] values) {
        return Stream.of(values).map(Coded::code).toList();
    }
}
