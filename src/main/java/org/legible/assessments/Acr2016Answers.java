package org.legible.assessments;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A complete set of answers to the ACR 2016 self-report screen (docs/clinical-basis.md, "Screens"): the painful WPI areas of
 * the past week; the three symptom severities of the past week, each 0–3; the three symptoms of the previous six
 * months; and whether symptoms have generally been present for at least three months.
 */
public record Acr2016Answers(
        Set<WpiArea> painfulAreas,
        int fatigue,
        int wakingUnrefreshed,
        int cognitiveSymptoms,
        boolean headaches,
        boolean lowerAbdominalPainOrCramps,
        boolean depression,
        boolean symptomsForThreeMonths) {

    public Acr2016Answers {
        Objects.requireNonNull(painfulAreas, "painfulAreas");
        painfulAreas = painfulAreas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(painfulAreas));
        requireSeverity(fatigue, "fatigue");
        requireSeverity(wakingUnrefreshed, "wakingUnrefreshed");
        requireSeverity(cognitiveSymptoms, "cognitiveSymptoms");
    }

    private static void requireSeverity(int value, String name) {
        if (value < 0 || value > 3) {
            throw new IllegalArgumentException(name + " must be 0-3, was " + value);
        }
    }
}
