package org.legible.insights.patterns;

import java.util.List;

/**
 * The signs the pattern rules read, each answered by the person's own data. Two inputs answer them: a period of
 * check-ins ({@link DiarySigns}, which counts days) and a day-one check-up (which asks). A sign that is absent or
 * not answered is an empty list, so no rule fires on a missing answer; a present sign is the evidence that shows
 * it, worded for its input.
 */
public interface Signs {

    /** Burning, electric, tingling, numbness, crawling or cold in the ankles or feet, on most days. */
    List<Evidence> nerveFeelingsInFeet();

    /** The urge to move the legs with all of: worse at rest, eased by moving, worse in the evening or night. */
    List<Evidence> restlessLegsFeatures();

    /** Heel pain with the first steps of the morning. */
    List<Evidence> firstStepHeelPain();

    /** Stiffness in the morning, as long as the input can tell. */
    List<Evidence> morningStiffness();

    /** Swelling of joints, or a hot, swollen joint. */
    List<Evidence> swelling();

    /**
     * Joints that look swollen where NICE NG100 asks for an urgent referral whatever else is found: the small joints
     * of the feet (and, by Legible's reading, the ankles), or more than one joint.
     */
    List<Evidence> swollenJointsForUrgentReferral();

    /** Pain that follows standing, walking or activity. */
    List<Evidence> worseWithLoad();

    /** Pain that is worse after a short or poor night. */
    List<Evidence> worseAfterPoorSleep();

    /** Nights broken by leg pain, cramps or the urge to move, often. */
    List<Evidence> brokenNights();

    /** Feet or legs that often feel cold or change colour. */
    List<Evidence> coldOrColourChanges();

    /** Legs or feet that feel heavy. */
    List<Evidence> heavyLegs();

    /** Walking differently because of the pain: a limp, shorter steps, sparing one foot. */
    List<Evidence> walksDifferently();

    /** Aged 45 or over (NICE NG226's age for a clinical diagnosis of osteoarthritis). */
    List<Evidence> fortyFiveOrOver();

    /** A hip, knee, ankle or toe joint that hurts with use. */
    List<Evidence> jointPainWithUse();

    /** No morning stiffness, or stiffness that lasts less than 30 minutes: said outright, never assumed. */
    List<Evidence> littleOrNoMorningStiffness();
}
