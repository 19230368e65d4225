package org.legible.bodymap;

import java.util.Locale;

/** Which leg. SNOMED CT laterality qualifiers per docs/clinical-basis.md ("Codes"). */
public enum Side {
    LEFT("7771000"),
    RIGHT("24028007");

    /** SNOMED CT 272741003 |Laterality| attribute. */
    public static final String SNOMED_LATERALITY_ATTRIBUTE = "272741003";

    private final String snomedLaterality;

    Side(String snomedLaterality) {
        this.snomedLaterality = snomedLaterality;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String snomedLaterality() {
        return snomedLaterality;
    }

    public static Side fromCode(String code) {
        for (Side side : values()) {
            if (side.code().equals(code)) {
                return side;
            }
        }
        throw new IllegalArgumentException("unknown side");
    }
}
