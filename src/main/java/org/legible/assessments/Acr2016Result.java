package org.legible.assessments;

import java.util.Set;

/**
 * What the ACR 2016 screen says, part by part, so a page can show each criterion and why it is or is not met.
 *
 * @param wpi Widespread Pain Index, 0–19
 * @param sssPartA fatigue + waking unrefreshed + cognitive symptoms, 0–9
 * @param sssPartB headaches + lower abdominal pain or cramps + depression, 0–3
 * @param regionsWithPain the regions that count towards generalised pain (jaw, chest, abdomen excluded)
 * @param severityMet (WPI ≥ 7 and SSS ≥ 5) or (WPI 4–6 and SSS ≥ 9)
 * @param generalisedPain pain in at least 4 of the 5 regions
 * @param durationMet symptoms generally present for at least 3 months
 */
public record Acr2016Result(
        int wpi,
        int sssPartA,
        int sssPartB,
        Set<WpiArea.PainRegion> regionsWithPain,
        boolean severityMet,
        boolean generalisedPain,
        boolean durationMet) {

    /** Symptom Severity Scale, 0–12. */
    public int sss() {
        return sssPartA + sssPartB;
    }

    /** Polysymptomatic distress: WPI + SSS, 0–31. */
    public int psd() {
        return wpi + sss();
    }

    public PsdBand psdBand() {
        return PsdBand.of(psd());
    }

    /**
     * Whether the 2016 criteria are met by these self-reported answers. A screen, not a diagnosis: the 2016 paper
     * states the self-report version is not valid for diagnosing an individual (docs/clinical-basis.md, "Screens").
     */
    public boolean criteriaMet() {
        return severityMet && generalisedPain && durationMet;
    }
}
