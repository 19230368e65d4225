package org.legible.assessments;

/**
 * Bands of the polysymptomatic distress (PSD) scale, WPI + SSS (0–31), as published by Wolfe, Walitt, Rasker, Katz
 * and Häuser, J Rheumatol 2015;42(8):1494–1501 (docs/clinical-basis.md, "Screens"). The Salaffi 2021 banding differs and is
 * not used here.
 */
public enum PsdBand {
    NONE(0, 3),
    MILD(4, 7),
    MODERATE(8, 11),
    SEVERE(12, 19),
    VERY_SEVERE(20, 31);

    private final int from;
    private final int to;

    PsdBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public static PsdBand of(int psd) {
        for (PsdBand band : values()) {
            if (psd >= band.from && psd <= band.to) {
                return band;
            }
        }
        throw new IllegalArgumentException("PSD must be 0-31, was " + psd);
    }
}
