package org.legible.assessments.web;

import java.math.BigDecimal;
import org.legible.assessments.AnswerSheet;
import org.legible.assessments.IronAdvice;

/** The iron results a person entered, if any, and where they sit against the AASM thresholds. */
record IronView(BigDecimal ferritin, BigDecimal transferrinSaturation, IronAdvice.Band band) {

    static IronView of(AnswerSheet answers) {
        BigDecimal ferritin = answers.decimal("ferritin").orElse(null);
        BigDecimal tsat = answers.decimal("transferrin_saturation").orElse(null);
        IronAdvice.Band band = ferritin == null ? null : IronAdvice.band(ferritin, tsat);
        if (band == null && tsat != null && tsat.compareTo(IronAdvice.TSAT_SUPPLEMENT_BELOW_PERCENT) < 0) {
            band = IronAdvice.Band.SUPPLEMENT_SUGGESTED;
        }
        return new IronView(ferritin, tsat, band);
    }
}
