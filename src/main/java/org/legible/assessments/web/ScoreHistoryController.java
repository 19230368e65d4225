package org.legible.assessments.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.assessments.Assessment;
import org.legible.assessments.Assessments;
import org.legible.assessments.Instrument;
import org.legible.assessments.OutsideScore;
import org.legible.assessments.PsdBand;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every score over time: the ACR polysymptomatic distress score with its published bands (Wolfe 2015), the
 * restless-legs screen results (which have no score), FIQR totals (no bands: the published bandings conflict,
 * docs/clinical-basis.md, "Scores measured elsewhere") and any other instrument by name.
 */
@Controller
record ScoreHistoryController(Assessments assessments) {

    record NamedChart(String name, ScoreChart chart, List<OutsideScore> scores) {}

    @GetMapping("/assessments/history")
    String history(AccountId account, Model model) {
        List<Assessment> acr = assessments.completed(account, Instrument.ACR_2016);
        model.addAttribute("acr", acr);
        model.addAttribute(
                "psdChart",
                ScoreChart.of(
                        acr.stream()
                                .map(a -> new ScoreChart.Value(
                                        a.day(),
                                        BigDecimal.valueOf(a.acr2016Result().psd())))
                                .toList(),
                        0,
                        31,
                        psdBands()));
        model.addAttribute("restlessLegs", assessments.completed(account, Instrument.RESTLESS_LEGS));
        List<OutsideScore> outside = assessments.outsideScores(account);
        List<OutsideScore> fiqr =
                outside.stream().filter(s -> s.kind() == OutsideScore.Kind.FIQR).toList();
        model.addAttribute("fiqr", fiqr);
        model.addAttribute("fiqrChart", ScoreChart.of(values(fiqr), 0, 100, List.of()));
        model.addAttribute("others", others(outside));
        return "assessments/history";
    }

    static List<ScoreChart.Band> psdBands() {
        List<ScoreChart.Band> bands = new ArrayList<>();
        for (PsdBand band : PsdBand.values()) {
            bands.add(new ScoreChart.Band(band.from(), band.to(), "assessment.psd.band." + band.name()));
        }
        return bands;
    }

    /** Other instruments, one chart per name (names compared without regard to case). */
    static List<NamedChart> others(List<OutsideScore> outside) {
        Map<String, List<OutsideScore>> byName = new LinkedHashMap<>();
        for (OutsideScore score : outside) {
            if (score.kind() == OutsideScore.Kind.OTHER) {
                byName.computeIfAbsent(score.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(score);
            }
        }
        return byName.values().stream()
                .map(scores -> new NamedChart(scores.get(0).name(), ScoreChart.fitted(values(scores)), scores))
                .toList();
    }

    private static List<ScoreChart.Value> values(List<OutsideScore> scores) {
        return scores.stream()
                .map(s -> new ScoreChart.Value(s.measuredOn(), s.score()))
                .toList();
    }
}
