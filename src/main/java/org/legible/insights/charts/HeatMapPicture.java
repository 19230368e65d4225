package org.legible.insights.charts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.legible.bodymap.BodyMapLayout;
import org.legible.bodymap.BodySite;
import org.legible.insights.SiteStat;

/**
 * The leg and foot drawing (bodymap.BodyMapLayout) coloured by how much each site hurt on average (three steps, light
 * to dark, readable in grey print) and labelled with on how many days. Sites that did not hurt stay white.
 */
public record HeatMapPicture(
        String viewBox, List<Cell> cells, List<BodyMapLayout.Caption> captions, List<String> outlines) {

    /** Mild, moderate and severe by the usual 0–10 bands, applied to the mean of the days it hurt. */
    public enum Shade {
        NONE("#ffffff", "#1a1a1a"),
        MILD("#fdd0a2", "#1a1a1a"),
        MODERATE("#f16913", "#1a1a1a"),
        SEVERE("#7f2704", "#ffffff");

        private final String fill;
        private final String text;

        Shade(String fill, String text) {
            this.fill = fill;
            this.text = text;
        }

        public String fill() {
            return fill;
        }

        public String text() {
            return text;
        }

        static Shade of(SiteStat stat) {
            if (stat == null) {
                return NONE;
            }
            if (stat.meanIntensity() < 3.5) {
                return MILD;
            }
            return stat.meanIntensity() < 6.5 ? MODERATE : SEVERE;
        }
    }

    public record Cell(BodyMapLayout.Shape shape, Shade shade, SiteStat stat) {
        public String days() {
            return stat == null ? "" : Integer.toString(stat.daysHurt());
        }
    }

    public static HeatMapPicture of(List<SiteStat> stats) {
        Map<BodySite, SiteStat> bySite = new HashMap<>();
        stats.forEach(s -> bySite.put(s.site(), s));
        List<Cell> cells = BodyMapLayout.shapes().stream()
                .map(shape -> {
                    SiteStat stat = bySite.get(shape.site());
                    return new Cell(shape, Shade.of(stat), stat);
                })
                .toList();
        return new HeatMapPicture(BodyMapLayout.VIEW_BOX, cells, BodyMapLayout.captions(), BodyMapLayout.outlines());
    }
}
