package org.legible.insights.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.legible.insights.Comparison;

/**
 * The signs as a period of check-ins shows them: days counted against thresholds that are Legible's own choices,
 * stated on the patterns page under "How Legible decides". Each threshold asks for more than a passing day or two.
 */
public record DiarySigns(PatternFacts facts) implements Signs {

    /** Nerve-type words for the feet on at least half of the days with a check-in, and on at least this many. */
    public static final int MIN_NERVE_DAYS = 7;
    /** Days with the urge and all three restless-legs features. */
    public static final int MIN_RESTLESS_DAYS = 3;
    /** Days with heel pain in a morning check-in made standing or walking. */
    public static final int MIN_HEEL_DAYS = 5;
    /** Days with stiffness in a morning check-in. */
    public static final int MIN_STIFF_DAYS = 5;
    /** Mornings on which stiffness lasted an hour or more, or on which it was timed for "little or none". */
    public static final int MIN_TIMED_MORNINGS = 5;
    /** Stiffness after getting up for at least this long is the ACR 1987 criterion (docs/clinical-basis.md). */
    public static final int LONG_STIFFNESS_MINUTES = 60;
    /** Stiffness for at most this long is NICE NG226's "no longer than 30 minutes" (docs/clinical-basis.md). */
    public static final int SHORT_STIFFNESS_MINUTES = 30;
    /** Days with "feels swollen" chosen. */
    public static final int MIN_SWOLLEN_DAYS = 3;
    /** Points by which pain on the move, or after a poor night, must be higher, with the whole interval above zero. */
    public static final double MIN_POINTS = 1.0;
    /** Nights woken by leg pain, cramps or restless legs: at least this many, and at least a third of nights answered. */
    public static final int MIN_BROKEN_NIGHTS = 5;

    @Override
    public List<Evidence> nerveFeelingsInFeet() {
        int days = facts.feetNeuropathicDays();
        if (days < MIN_NERVE_DAYS || days * 2 < facts.daysObserved()) {
            return List.of();
        }
        return List.of(Evidence.of("pattern.small_fibre.evidence", days, facts.daysObserved()));
    }

    @Override
    public List<Evidence> restlessLegsFeatures() {
        int days = facts.restlessCriteriaDays();
        return days < MIN_RESTLESS_DAYS ? List.of() : List.of(Evidence.of("pattern.restless_legs.evidence", days));
    }

    @Override
    public List<Evidence> firstStepHeelPain() {
        int days = facts.morningHeelOnFeetDays();
        return days < MIN_HEEL_DAYS ? List.of() : List.of(Evidence.of("pattern.plantar_heel.evidence", days));
    }

    /** Stiffness chosen in morning check-ins, and stiffness timed at an hour or more, each on enough mornings. */
    @Override
    public List<Evidence> morningStiffness() {
        List<Evidence> evidence = new ArrayList<>();
        int days = facts.morningStiffnessDays();
        if (days >= MIN_STIFF_DAYS) {
            evidence.add(Evidence.of("pattern.inflammatory_arthritis.evidence.stiff", days));
        }
        int hourOrMore = facts.timedStiffness().hourOrMore();
        if (hourOrMore >= MIN_TIMED_MORNINGS) {
            evidence.add(Evidence.of("pattern.inflammatory_arthritis.evidence.stiffHour", hourOrMore));
        }
        return evidence;
    }

    /** "Feels swollen" on enough days or a hot, swollen joint; a diary cannot see a joint, which the evidence says. */
    @Override
    public List<Evidence> swelling() {
        List<Evidence> evidence = new ArrayList<>();
        if (facts.swollenFeelingDays() >= MIN_SWOLLEN_DAYS) {
            evidence.add(Evidence.of("pattern.inflammatory_arthritis.evidence.swollen", facts.swollenFeelingDays()));
        }
        if (facts.hotSwollenJointReported()) {
            evidence.add(Evidence.of("pattern.inflammatory_arthritis.evidence.hotJoint"));
        }
        if (!evidence.isEmpty()) {
            evidence.add(Evidence.of("pattern.inflammatory_arthritis.evidence.diaryCannotTell"));
        }
        return evidence;
    }

    /** A diary records how a place feels, never whether a joint looks swollen, so it cannot show this. */
    @Override
    public List<Evidence> swollenJointsForUrgentReferral() {
        return List.of();
    }

    @Override
    public List<Evidence> worseWithLoad() {
        return higher(facts.onTheMove(), "pattern.central_sensitisation.evidence.load");
    }

    @Override
    public List<Evidence> worseAfterPoorSleep() {
        return higher(facts.afterShortOrPoorNights(), "pattern.central_sensitisation.evidence.sleep");
    }

    @Override
    public List<Evidence> brokenNights() {
        int woken = facts.nightsWokenByLegs();
        if (woken < MIN_BROKEN_NIGHTS || woken * 3 < facts.nightsAnswered()) {
            return List.of();
        }
        return List.of(Evidence.of("pattern.sleep.evidence", woken, facts.nightsAnswered()));
    }

    /** A check-in does not ask about colour or coldness of the skin, so the diary never shows this sign. */
    @Override
    public List<Evidence> coldOrColourChanges() {
        return List.of();
    }

    /** Only read together with cold or colour changes, which the diary cannot show. */
    @Override
    public List<Evidence> heavyLegs() {
        return List.of();
    }

    /** A check-in does not ask how a person walks. */
    @Override
    public List<Evidence> walksDifferently() {
        return List.of();
    }

    /** A diary holds no age. */
    @Override
    public List<Evidence> fortyFiveOrOver() {
        return List.of();
    }

    /** A check-in records where it hurts, not whether that place is a joint that hurts with use. */
    @Override
    public List<Evidence> jointPainWithUse() {
        return List.of();
    }

    /** Only from timed mornings, enough of them and every one 30 minutes or less; stiffness chosen says nothing. */
    @Override
    public List<Evidence> littleOrNoMorningStiffness() {
        PatternFacts.TimedStiffness timed = facts.timedStiffness();
        return timed.mornings() >= MIN_TIMED_MORNINGS && timed.halfHourOrLess() == timed.mornings()
                ? List.of(Evidence.of("pattern.osteoarthritis.evidence.stiffShort", timed.mornings()))
                : List.of();
    }

    private static List<Evidence> higher(Optional<Comparison> comparison, String key) {
        return comparison
                .filter(c -> c.higherBy(MIN_POINTS))
                .map(c -> List.of(Evidence.of(key, c.difference(), c.daysWith(), c.daysWithout())))
                .orElse(List.of());
    }
}
