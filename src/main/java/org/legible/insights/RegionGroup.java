package org.legible.insights;

import java.util.Locale;
import org.legible.bodymap.Region;

/** The three bands of the legs that "what it feels like" is told by (issue 3 §3), top to bottom. */
public enum RegionGroup {
    HIPS_AND_THIGHS,
    KNEES_AND_LOWER_LEGS,
    ANKLES_AND_FEET;

    public static RegionGroup of(Region region) {
        return switch (region) {
            case HIP, BUTTOCK, THIGH_FRONT, THIGH_BACK -> HIPS_AND_THIGHS;
            case KNEE_FRONT, KNEE_BACK, SHIN, CALF -> KNEES_AND_LOWER_LEGS;
            case ANKLE, FOOT_TOP, SOLE, HEEL, TOES -> ANKLES_AND_FEET;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
