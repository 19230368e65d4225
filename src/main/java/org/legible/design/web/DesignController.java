package org.legible.design.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.legible.bodymap.BodyMapLayout;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.MapPicture;
import org.legible.bodymap.SiteNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The design page: open to anyone, like the library, since it holds sample content only. */
@Controller
record DesignController(MessageSource messages) {

    /** A sample diary's map: one site on each step of the pain scale, and one chosen without a number yet. */
    private static final Map<String, Integer> SAMPLE = Map.of(
            "sole-left", 8,
            "heel-left", 10,
            "calf-right", 4,
            "shin-left", 1,
            "knee_front-right", 6,
            "toes-right", 0,
            "thigh_back-left", 3);

    @GetMapping("/design")
    String design(Model model, Locale locale) {
        Map<BodySite, Integer> intensities = new HashMap<>();
        SAMPLE.forEach(
                (code, intensity) -> BodySite.fromCode(code).ifPresent(site -> intensities.put(site, intensity)));
        model.addAttribute("sampleMap", MapPicture.of(intensities, site -> SiteNames.of(site, messages, locale)));
        model.addAttribute("mapCaptions", BodyMapLayout.captions());
        model.addAttribute("mapOutlines", BodyMapLayout.outlines());
        model.addAttribute("painSteps", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        model.addAttribute("icons", List.of("today", "checkIn", "patterns", "report", "more"));
        return "design/design";
    }
}
