package org.legible.bodymap;

/**
 * One block of the leg and foot map as a page draws it: its site, accessible name, place in the picture, whether it
 * is chosen and the mark shown on it (an intensity, a tick, or nothing). The check-in and the check-up draw the same
 * map from these ({@code templates/bodymap/map.html}).
 */
public record MapRegion(String code, String label, int x, int y, int width, int height, boolean selected, String mark) {

    public static MapRegion of(BodyMapLayout.Shape shape, String label, boolean selected, String mark) {
        return new MapRegion(
                shape.site().code(),
                label,
                shape.x(),
                shape.y(),
                shape.width(),
                shape.height(),
                selected,
                mark == null ? "" : mark);
    }

    public int centreX() {
        return x + width / 2;
    }

    /** The text baseline: a little below the middle, so the short name sits centred in the block. */
    public int centreY() {
        return y + height / 2 + 7;
    }

    /** The region part of the code ({@code heel} of {@code heel-left}), for the short label on the block. */
    public String regionCode() {
        return code.substring(0, code.lastIndexOf('-'));
    }
}
