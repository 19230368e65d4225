package org.legible.assessments;

import java.math.BigDecimal;

/**
 * The iron thresholds of the AASM clinical practice guideline for restless legs (Winkelman et al., J Clin Sleep Med
 * 2025;21(1); docs/clinical-basis.md, "Screens"), for adults, as information to take to a clinician, never as treatment
 * advice. Ferritin in ng/mL (the same number as µg/L); assays differ by laboratory, so the laboratory's own value is
 * what counts. The 75–100 ng/mL band for IV iron was read only in secondary summaries [V-sec].
 */
public final class IronAdvice {

    public static final BigDecimal FERRITIN_SUPPLEMENT_AT_OR_BELOW = new BigDecimal("75");
    public static final BigDecimal FERRITIN_IV_ONLY_UP_TO = new BigDecimal("100");
    public static final BigDecimal TSAT_SUPPLEMENT_BELOW_PERCENT = new BigDecimal("20");

    /** What the guideline's thresholds say about a result. */
    public enum Band {
        /** Ferritin ≤ 75 ng/mL or transferrin saturation < 20 %: the guideline suggests iron (oral or IV). */
        SUPPLEMENT_SUGGESTED,
        /** Ferritin 75–100 ng/mL (and TSAT ≥ 20 %): the guideline considers IV iron only. */
        IV_ONLY_CONSIDERED,
        /** Above those thresholds. */
        ABOVE_THRESHOLDS
    }

    private IronAdvice() {}

    /** Ferritin in ng/mL; transferrin saturation in percent, or {@code null} when not measured. */
    public static Band band(BigDecimal ferritin, BigDecimal transferrinSaturationPercent) {
        if (ferritin == null || ferritin.signum() < 0) {
            throw new IllegalArgumentException("ferritin must be a non-negative number");
        }
        boolean lowTsat = transferrinSaturationPercent != null
                && transferrinSaturationPercent.compareTo(TSAT_SUPPLEMENT_BELOW_PERCENT) < 0;
        if (ferritin.compareTo(FERRITIN_SUPPLEMENT_AT_OR_BELOW) <= 0 || lowTsat) {
            return Band.SUPPLEMENT_SUGGESTED;
        }
        if (ferritin.compareTo(FERRITIN_IV_ONLY_UP_TO) <= 0) {
            return Band.IV_ONLY_CONSIDERED;
        }
        return Band.ABOVE_THRESHOLDS;
    }
}
