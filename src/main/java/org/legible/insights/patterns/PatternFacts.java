package org.legible.insights.patterns;

import java.util.Optional;
import org.legible.insights.Comparison;

/**
 * The counts the pattern rules read, from one period of the diary. Counts are diary days; {@code daysObserved} is the
 * number of days with a check-in, so a rule can ask for "most days" of what was actually recorded.
 *
 * @param feetNeuropathicDays days on which burning, electric, tingling, numbness, crawling or cold was chosen for an
 *     ankle or foot site
 * @param restlessCriteriaDays days with an urge to move above zero and all three features answered yes (worse at
 *     rest, eased by moving, worse in the evening or night)
 * @param morningHeelOnFeetDays days with a morning check-in standing or walking in which a heel hurt
 * @param morningStiffnessDays days with a morning check-in in which stiffness was chosen somewhere
 * @param swollenFeelingDays days on which "feels swollen" was chosen somewhere
 * @param hotSwollenJointReported the red flag "a hot, swollen joint" was answered yes in the period
 * @param onTheMove check-ins standing, walking or after activity against those at rest
 * @param afterShortOrPoorNights next-day pain after nights shorter or poorer than the person's usual against the rest
 * @param nightsAnswered diary days whose check-ins answered any sleep question
 * @param nightsWokenByLegs of those, nights woken by leg pain, cramps or restless legs
 * @param timedStiffness the mornings whose check-ins said how long stiffness lasted
 */
public record PatternFacts(
        int daysObserved,
        int feetNeuropathicDays,
        int restlessCriteriaDays,
        int morningHeelOnFeetDays,
        int morningStiffnessDays,
        int swollenFeelingDays,
        boolean hotSwollenJointReported,
        Optional<Comparison> onTheMove,
        Optional<Comparison> afterShortOrPoorNights,
        int nightsAnswered,
        int nightsWokenByLegs,
        TimedStiffness timedStiffness) {

    /**
     * Mornings with an answer to how many minutes stiffness lasted after getting up (a day's longest answer), and how
     * many of them lasted an hour or more, or 30 minutes or less.
     */
    public record TimedStiffness(int mornings, int hourOrMore, int halfHourOrLess) {
        public static final TimedStiffness NONE = new TimedStiffness(0, 0, 0);
    }
}
