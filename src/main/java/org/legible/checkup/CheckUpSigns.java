package org.legible.checkup;

import java.util.ArrayList;
import java.util.List;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.diary.RedFlag;
import org.legible.insights.patterns.Evidence;
import org.legible.insights.patterns.Signs;

/**
 * The signs as the check-up's answers show them. Each sign needs the answers that describe it, stated plainly; a
 * question left alone or answered "not sure" shows nothing. Thresholds follow the sources: morning stiffness counts
 * from an hour (ACR 1987; docs/clinical-basis.md, "Check-up signs") and is short up to 30 minutes (NICE NG226), broken nights from 3 nights a week (about the diary's "a third
 * of nights").
 */
public record CheckUpSigns(CheckUpAnswers answers) implements Signs {

    private static final java.util.Set<Region> FEET =
            java.util.EnumSet.of(Region.ANKLE, Region.FOOT_TOP, Region.SOLE, Region.HEEL, Region.TOES);
    private static final List<String> MOST_DAYS = List.of("every_day", "most_days");
    private static final List<String> SOME_NIGHTS_OR_MORE = List.of("most_nights", "some_nights");

    @Override
    public List<Evidence> nerveFeelingsInFeet() {
        boolean feet = answers.all(Question.WHERE).stream()
                .map(BodySite::fromCode)
                .flatMap(java.util.Optional::stream)
                .anyMatch(site -> FEET.contains(site.region()));
        boolean nerveWords = answers.all(Question.FEET_FEELS).stream()
                .map(code -> Descriptor.fromCode(code))
                .flatMap(java.util.Optional::stream)
                .anyMatch(Descriptor::neuropathicType);
        if (!feet || !nerveWords || !oneOf(Question.HOW_OFTEN, MOST_DAYS)) {
            return List.of();
        }
        return List.of(evidence("checkup.evidence.nerveFeet"), evidence("checkup.evidence.mostDays"));
    }

    @Override
    public List<Evidence> restlessLegsFeatures() {
        if (!oneOf(Question.URGE_TO_MOVE, SOME_NIGHTS_OR_MORE)
                || !answers.yes(Question.URGE_WORSE_AT_REST)
                || !answers.yes(Question.URGE_EASED_BY_MOVING)
                || !answers.yes(Question.URGE_WORSE_EVENING)) {
            return List.of();
        }
        return List.of(evidence("checkup.evidence.urge"), evidence("checkup.evidence.urgeFeatures"));
    }

    @Override
    public List<Evidence> firstStepHeelPain() {
        return answers.yes(Question.FIRST_STEP_HEEL_PAIN) ? List.of(evidence("checkup.evidence.heel")) : List.of();
    }

    @Override
    public List<Evidence> morningStiffness() {
        return answers.is(Question.MORNING_STIFFNESS, "hour_or_more")
                ? List.of(evidence("checkup.evidence.stiffHour"))
                : List.of();
    }

    @Override
    public List<Evidence> swelling() {
        List<Evidence> evidence = new ArrayList<>();
        if (answers.yes(Question.JOINTS_LOOK_SWOLLEN)) {
            evidence.add(evidence("checkup.evidence.swollen"));
        }
        if (answers.is(Question.RED_FLAGS, RedFlag.HOT_SWOLLEN_JOINT.code())) {
            evidence.add(evidence("pattern.inflammatory_arthritis.evidence.hotJoint"));
        }
        return evidence;
    }

    /**
     * Joints that look swollen (answered outright) in the toes, feet or ankles, or more than one of them: NICE NG100's
     * urgent referral, with or without morning stiffness. Two places chosen are more than one joint.
     */
    @Override
    public List<Evidence> swollenJointsForUrgentReferral() {
        if (!answers.yes(Question.JOINTS_LOOK_SWOLLEN)) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        if (answers.is(Question.SWOLLEN_WHERE, "toes_or_foot") || answers.is(Question.SWOLLEN_WHERE, "ankle")) {
            evidence.add(evidence("checkup.evidence.swollenFeet"));
        }
        if (answers.is(Question.SWOLLEN_HOW_MANY, "more_than_one")
                || answers.all(Question.SWOLLEN_WHERE).size() > 1) {
            evidence.add(evidence("checkup.evidence.swollenMany"));
        }
        return evidence;
    }

    @Override
    public List<Evidence> worseWithLoad() {
        return answers.yes(Question.WORSE_ON_FEET) ? List.of(evidence("checkup.evidence.load")) : List.of();
    }

    @Override
    public List<Evidence> worseAfterPoorSleep() {
        return answers.yes(Question.WORSE_AFTER_POOR_NIGHT)
                ? List.of(evidence("checkup.evidence.poorNight"))
                : List.of();
    }

    @Override
    public List<Evidence> brokenNights() {
        return answers.is(Question.WOKEN_BY_LEGS, "most_nights")
                ? List.of(evidence("checkup.evidence.brokenNights"))
                : List.of();
    }

    @Override
    public List<Evidence> coldOrColourChanges() {
        return answers.yes(Question.FEET_COLD) || answers.yes(Question.COLOUR_CHANGES)
                ? List.of(evidence("pattern.autonomic.evidence.cold"))
                : List.of();
    }

    @Override
    public List<Evidence> heavyLegs() {
        boolean heavy = answers.is(Question.FEET_FEELS, Descriptor.HEAVINESS.code())
                || answers.is(Question.LEGS_FEELS, Descriptor.HEAVINESS.code());
        return heavy ? List.of(evidence("pattern.autonomic.evidence.heavy")) : List.of();
    }

    @Override
    public List<Evidence> walksDifferently() {
        return answers.yes(Question.WALK_DIFFERENTLY) ? List.of(evidence("checkup.evidence.walk")) : List.of();
    }

    @Override
    public List<Evidence> fortyFiveOrOver() {
        return answers.is(Question.AGE, "45_or_over") ? List.of(evidence("checkup.evidence.age")) : List.of();
    }

    @Override
    public List<Evidence> jointPainWithUse() {
        return answers.yes(Question.JOINT_PAIN_WITH_USE) ? List.of(evidence("checkup.evidence.jointUse")) : List.of();
    }

    /** NICE NG226's "no longer than 30 minutes": the shortest two answers; a question left alone shows nothing. */
    @Override
    public List<Evidence> littleOrNoMorningStiffness() {
        return oneOf(Question.MORNING_STIFFNESS, List.of("none", "under_30_minutes"))
                ? List.of(evidence("checkup.evidence.stiffShort"))
                : List.of();
    }

    private boolean oneOf(Question question, List<String> accepted) {
        return accepted.stream().anyMatch(answer -> answers.is(question, answer));
    }

    private static Evidence evidence(String key) {
        return new Evidence(key, List.of());
    }
}
