package org.legible.assessments;

import java.util.EnumSet;
import java.util.Set;

/**
 * Scores the 2016 revision of the ACR fibromyalgia criteria (Wolfe et al., Semin Arthritis Rheum 2016;46:319–329),
 * exactly as docs/clinical-basis.md ("Screens") states them. The lower WPI band is 4–6 here; the 3–6 band belongs to the
 * 2010/2011 versions and must not be used for 2016.
 */
public final class Acr2016Screen {

    /** The version of the instrument these rules score; stored with every set of answers. */
    public static final String VERSION = "acr-2016-self-report";

    public static final int GENERALISED_PAIN_MIN_REGIONS = 4;

    private Acr2016Screen() {}

    public static Acr2016Result score(Acr2016Answers answers) {
        int wpi = answers.painfulAreas().size();
        int partA = answers.fatigue() + answers.wakingUnrefreshed() + answers.cognitiveSymptoms();
        int partB = (answers.headaches() ? 1 : 0)
                + (answers.lowerAbdominalPainOrCramps() ? 1 : 0)
                + (answers.depression() ? 1 : 0);
        int sss = partA + partB;
        Set<WpiArea.PainRegion> regions = EnumSet.noneOf(WpiArea.PainRegion.class);
        for (WpiArea area : answers.painfulAreas()) {
            if (area.countsForGeneralisedPain()) {
                regions.add(area.region());
            }
        }
        boolean severity = (wpi >= 7 && sss >= 5) || (wpi >= 4 && wpi <= 6 && sss >= 9);
        return new Acr2016Result(
                wpi,
                partA,
                partB,
                Set.copyOf(regions.isEmpty() ? Set.of() : regions),
                severity,
                regions.size() >= GENERALISED_PAIN_MIN_REGIONS,
                answers.symptomsForThreeMonths());
    }
}
