package org.legible.bodymap;

import java.util.Locale;
import java.util.Optional;

/**
 * A leg or foot region of the vocabulary in product.md. Codes are stable API; labels live in the message bundles
 * under {@code region.<code>}.
 */
public enum Region {
    HIP(View.FRONT, WpiArea.HIP, null, false),
    BUTTOCK(View.BACK, WpiArea.HIP, null, false),
    THIGH_FRONT(View.FRONT, WpiArea.UPPER_LEG, "68367000", false),
    THIGH_BACK(View.BACK, WpiArea.UPPER_LEG, "68367000", false),
    KNEE_FRONT(View.FRONT, WpiArea.LOWER_LEG, "72696002", true),
    KNEE_BACK(View.BACK, WpiArea.LOWER_LEG, "72696002", true),
    SHIN(View.FRONT, WpiArea.LOWER_LEG, "30021000", false),
    CALF(View.BACK, WpiArea.LOWER_LEG, "53840002", false),
    ANKLE(View.FRONT, WpiArea.LOWER_LEG, "344001", false),
    FOOT_TOP(View.FRONT, WpiArea.LOWER_LEG, "56459004", true),
    SOLE(View.BACK, WpiArea.LOWER_LEG, "56459004", true),
    HEEL(View.BACK, WpiArea.LOWER_LEG, "76853006", true),
    TOES(View.FRONT, WpiArea.LOWER_LEG, "29707007", true);

    /** Which picture of the map shows the region. Each region is drawn exactly once. */
    public enum View {
        FRONT,
        BACK
    }

    private final View view;
    private final WpiArea wpiArea;
    private final String snomedBodyStructure;
    private final boolean wpiRollUpIsLegibleChoice;

    Region(View view, WpiArea wpiArea, String snomedBodyStructure, boolean wpiRollUpIsLegibleChoice) {
        this.view = view;
        this.wpiArea = wpiArea;
        this.snomedBodyStructure = snomedBodyStructure;
        this.wpiRollUpIsLegibleChoice = wpiRollUpIsLegibleChoice;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public View view() {
        return view;
    }

    public WpiArea wpiArea() {
        return wpiArea;
    }

    /** True where counting this region in a WPI area is Legible's choice (knee and foot → lower leg). */
    public boolean wpiRollUpIsLegibleChoice() {
        return wpiRollUpIsLegibleChoice;
    }

    /**
     * The unlateralised SNOMED CT body structure (clinical_reference.md §7.3); empty for hip and buttock, which
     * are coded as lower limb plus laterality until a concept is verified.
     */
    public Optional<String> snomedBodyStructure() {
        return Optional.ofNullable(snomedBodyStructure);
    }

    public static Optional<Region> fromCode(String code) {
        for (Region region : values()) {
            if (region.code().equals(code)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }
}
