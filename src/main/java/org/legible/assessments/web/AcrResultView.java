package org.legible.assessments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.legible.assessments.Acr2016Result;
import org.legible.assessments.AnswerSheet;
import org.legible.assessments.WpiArea;
import org.springframework.context.MessageSource;

/** The ACR result by the five regions of the 2016 generalised-pain rule, area by area. */
final class AcrResultView {

    record Area(WpiArea area, boolean painful) {}

    /** One region: its areas, and whether it counts towards generalised pain (jaw, chest, abdomen do not). */
    record Region(WpiArea.PainRegion region, List<Area> areas, boolean counts) {}

    private AcrResultView() {}

    static List<Region> regions(Acr2016Result result, AnswerSheet answers) {
        List<Region> regions = new ArrayList<>();
        for (WpiArea.PainRegion region : WpiArea.PainRegion.values()) {
            List<Area> areas = new ArrayList<>();
            for (WpiArea area : WpiArea.values()) {
                if (area.region() == region) {
                    areas.add(new Area(
                            area, answers.get(area.code()).filter("yes"::equals).isPresent()));
                }
            }
            regions.add(new Region(
                    region, List.copyOf(areas), result.regionsWithPain().contains(region)));
        }
        return List.copyOf(regions);
    }

    /** The painful areas whose tick came from the check-ins and was kept, in words; empty when none did. */
    static String suggestedAreas(AnswerSheet answers, MessageSource messages, Locale locale) {
        return String.join(
                ", ",
                java.util.Arrays.stream(WpiArea.values())
                        .filter(area -> answers.wasSuggested(area.code()))
                        .filter(area ->
                                answers.get(area.code()).filter("yes"::equals).isPresent())
                        .map(area -> messages.getMessage("assessment.acr-2016." + area.code(), null, locale))
                        .toList());
    }
}
