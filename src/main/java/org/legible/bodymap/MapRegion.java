package org.legible.bodymap;

/**
 * One region of the leg and foot map as a page draws it: its site, accessible name, outline, whether it is chosen and
 * the mark shown on it (an intensity, a tick, or nothing). The check-in and the check-up draw the same map from these
 * ({@code templates/bodymap/map.html}).
 */
public record MapRegion(
        String code, String label, String path, int centreX, int centreY, boolean selected, String mark) {

    public static MapRegion of(BodyMapLayout.Shape shape, String label, boolean selected, String mark) {
        return new MapRegion(
                shape.site().code(),
                label,
                shape.path(),
                shape.centreX(),
                shape.centreY(),
                selected,
                mark == null ? "" : mark);
    }

    /** The short name's baseline: a little above the middle when a mark sits below it, centred otherwise. */
    public int labelY() {
        return mark.isEmpty() ? centreY + 5 : centreY - 3;
    }

    public int markY() {
        return centreY + 15;
    }

    /** The step of the pain colour scale (templates/bodymap/map.html, legible.css): 0 to 5, or none. */
    public String level() {
        return PainScale.level(mark);
    }

    /** The region part of the code ({@code heel} of {@code heel-left}), for the short label on the block. */
    public String regionCode() {
        return code.substring(0, code.lastIndexOf('-'));
    }
}
