package org.legible.assessments;

import java.util.Locale;

/**
 * The 19 areas of the Widespread Pain Index, grouped into the five regions of the 2016 revision
 * (docs/clinical-basis.md, "Screens": 4 + 4 + 3 + 3 + 5 = 19). Jaw, chest and abdomen count in the WPI but not towards the
 * generalised-pain rule .
 */
public enum WpiArea {
    JAW_LEFT(PainRegion.LEFT_UPPER, false),
    SHOULDER_GIRDLE_LEFT(PainRegion.LEFT_UPPER, true),
    UPPER_ARM_LEFT(PainRegion.LEFT_UPPER, true),
    LOWER_ARM_LEFT(PainRegion.LEFT_UPPER, true),
    JAW_RIGHT(PainRegion.RIGHT_UPPER, false),
    SHOULDER_GIRDLE_RIGHT(PainRegion.RIGHT_UPPER, true),
    UPPER_ARM_RIGHT(PainRegion.RIGHT_UPPER, true),
    LOWER_ARM_RIGHT(PainRegion.RIGHT_UPPER, true),
    HIP_LEFT(PainRegion.LEFT_LOWER, true),
    UPPER_LEG_LEFT(PainRegion.LEFT_LOWER, true),
    LOWER_LEG_LEFT(PainRegion.LEFT_LOWER, true),
    HIP_RIGHT(PainRegion.RIGHT_LOWER, true),
    UPPER_LEG_RIGHT(PainRegion.RIGHT_LOWER, true),
    LOWER_LEG_RIGHT(PainRegion.RIGHT_LOWER, true),
    NECK(PainRegion.AXIAL, true),
    UPPER_BACK(PainRegion.AXIAL, true),
    LOWER_BACK(PainRegion.AXIAL, true),
    CHEST(PainRegion.AXIAL, false),
    ABDOMEN(PainRegion.AXIAL, false);

    /** The five regions of the 2016 generalised-pain rule. */
    public enum PainRegion {
        LEFT_UPPER,
        RIGHT_UPPER,
        LEFT_LOWER,
        RIGHT_LOWER,
        AXIAL
    }

    private final PainRegion region;
    private final boolean countsForGeneralisedPain;

    WpiArea(PainRegion region, boolean countsForGeneralisedPain) {
        this.region = region;
        this.countsForGeneralisedPain = countsForGeneralisedPain;
    }

    public PainRegion region() {
        return region;
    }

    public boolean countsForGeneralisedPain() {
        return countsForGeneralisedPain;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
