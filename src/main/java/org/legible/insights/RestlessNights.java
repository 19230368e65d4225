package org.legible.insights;

import java.util.List;

/**
 * Restless legs in a period, counted in diary days: days an urge above zero was reported, days on which all three
 * features (worse at rest, eased by moving, worse in the evening or night) were answered yes, and nights the
 * restlessness woke the person.
 */
public record RestlessNights(int daysWithUrge, int daysWithAllFeatures, int nightsWoken, Double meanUrgeWhenPresent) {

    public static RestlessNights of(List<DaySummary> days) {
        int withUrge = 0;
        int urgeSum = 0;
        int allFeatures = 0;
        int woken = 0;
        for (DaySummary day : days) {
            if (day.restlessUrge() != null && day.restlessUrge() > 0) {
                withUrge++;
                urgeSum += day.restlessUrge();
            }
            allFeatures += day.restlessFeaturesAllYes() ? 1 : 0;
            woken += day.wokenByRestlessLegs() ? 1 : 0;
        }
        return new RestlessNights(withUrge, allFeatures, woken, withUrge == 0 ? null : (double) urgeSum / withUrge);
    }

    public boolean any() {
        return daysWithUrge > 0 || daysWithAllFeatures > 0 || nightsWoken > 0;
    }
}
