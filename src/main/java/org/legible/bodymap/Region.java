package org.legible.bodymap;

import java.util.Locale;
import java.util.Optional;

/**
 * A leg or foot region of the vocabulary in product.md. Codes are stable API; labels live in the message bundles
 * under {@code region.<code>}.
 */
public enum Region {
    HIP(View.FRONT, WpiArea.HIP, null, true),
    BUTTOCK(View.BACK, WpiArea.HIP, null, true),
    THIGH_FRONT(View.FRONT, WpiArea.UPPER_LEG, "68367000", true, "61396006", "11207009"),
    THIGH_BACK(View.BACK, WpiArea.UPPER_LEG, "68367000", true, "61396006", "11207009"),
    KNEE_FRONT(View.FRONT, WpiArea.LOWER_LEG, "72696002", false, "82169009", "6757004"),
    KNEE_BACK(View.BACK, WpiArea.LOWER_LEG, "72696002", false, "82169009", "6757004"),
    SHIN(View.FRONT, WpiArea.LOWER_LEG, "30021000", true, "48979004", "32696007"),
    CALF(View.BACK, WpiArea.LOWER_LEG, "53840002", true),
    ANKLE(View.FRONT, WpiArea.LOWER_LEG, "344001", false, "51636004", "6685009"),
    FOOT_TOP(View.FRONT, WpiArea.LOWER_LEG, "56459004", false, "22335008", "7769000"),
    SOLE(View.BACK, WpiArea.LOWER_LEG, "56459004", false, "22335008", "7769000"),
    HEEL(View.BACK, WpiArea.LOWER_LEG, "76853006", false),
    TOES(View.FRONT, WpiArea.LOWER_LEG, "29707007", false);

    /** Which picture of the map shows the region. Each region is drawn exactly once. */
    public enum View {
        FRONT,
        BACK
    }

    private final View view;
    private final WpiArea wpiArea;
    private final String snomedBodyStructure;
    private final boolean insideWpiArea;
    private final String snomedLeft;
    private final String snomedRight;

    Region(View view, WpiArea wpiArea, String snomedBodyStructure, boolean insideWpiArea) {
        this(view, wpiArea, snomedBodyStructure, insideWpiArea, null, null);
    }

    Region(
            View view,
            WpiArea wpiArea,
            String snomedBodyStructure,
            boolean insideWpiArea,
            String snomedLeft,
            String snomedRight) {
        this.view = view;
        this.wpiArea = wpiArea;
        this.snomedBodyStructure = snomedBodyStructure;
        this.insideWpiArea = insideWpiArea;
        this.snomedLeft = snomedLeft;
        this.snomedRight = snomedRight;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public View view() {
        return view;
    }

    /** The WPI leg area this region lies in, or, for the knee, ankle and foot, the one it borders (the lower leg). */
    public WpiArea wpiArea() {
        return wpiArea;
    }

    /**
     * Whether the region lies inside its WPI area. The WPI has no knee, ankle or foot area, so pain marked only there
     * never ticks "lower leg" by itself (docs/clinical-basis.md, "ACR 2016 screen").
     */
    public boolean insideWpiArea() {
        return insideWpiArea;
    }

    /**
     * The unlateralised SNOMED CT body structure (docs/clinical-basis.md, "Codes"); empty for hip and buttock, which
     * are coded as lower limb plus laterality until a concept is verified.
     */
    public Optional<String> snomedBodyStructure() {
        return Optional.ofNullable(snomedBodyStructure);
    }

    /**
     * The lateralised SNOMED CT body structure ("structure of left foot") where docs/clinical-basis.md ("Codes") gives one
     * (thigh, knee, lower leg, ankle, foot; the sole and top of the foot as the foot); empty for the calf, heel, toes,
     * hip and buttock, which have none verified and keep the laterality qualifier alone.
     */
    public Optional<String> snomedLateralised(Side side) {
        return Optional.ofNullable(side == Side.LEFT ? snomedLeft : snomedRight);
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
