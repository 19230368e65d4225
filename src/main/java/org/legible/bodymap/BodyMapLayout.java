package org.legible.bodymap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Geometry of the leg and foot map: a front and a back picture of both legs, each site drawn once as a rounded
 * block in a 400 × 575 viewBox. Blocks are at least 38 units tall so that on a 360 px phone every target stays
 * above WCAG 2.5.8's 24 px minimum. The front picture faces the viewer, so the person's right leg is on the left.
 */
public final class BodyMapLayout {

    public static final String VIEW_BOX = "0 0 400 575";

    /** A site's block, plus where its short label sits. */
    public record Shape(BodySite site, int x, int y, int width, int height) {
        public int centreX() {
            return x + width / 2;
        }

        public int centreY() {
            return y + height / 2;
        }
    }

    /** A caption on the picture: "Front", "Back", "Right", "Left". */
    public record Caption(String messageKey, int x, int y) {}

    private record Band(int top, int height, int width) {}

    private static final Map<Region, Band> BANDS = new EnumMap<>(Region.class);

    static {
        BANDS.put(Region.HIP, new Band(52, 56, 84));
        BANDS.put(Region.THIGH_FRONT, new Band(110, 118, 76));
        BANDS.put(Region.KNEE_FRONT, new Band(230, 58, 64));
        BANDS.put(Region.SHIN, new Band(290, 128, 56));
        BANDS.put(Region.ANKLE, new Band(420, 38, 48));
        BANDS.put(Region.FOOT_TOP, new Band(460, 58, 60));
        BANDS.put(Region.TOES, new Band(520, 42, 64));
        BANDS.put(Region.BUTTOCK, new Band(52, 76, 84));
        BANDS.put(Region.THIGH_BACK, new Band(130, 98, 76));
        BANDS.put(Region.KNEE_BACK, new Band(230, 58, 64));
        BANDS.put(Region.CALF, new Band(290, 128, 60));
        BANDS.put(Region.HEEL, new Band(420, 56, 50));
        BANDS.put(Region.SOLE, new Band(478, 84, 60));
    }

    private static final List<Shape> SHAPES = buildShapes();

    private static final List<Caption> CAPTIONS = List.of(
            new Caption("bodymap.front", 100, 18),
            new Caption("bodymap.back", 300, 18),
            new Caption("bodymap.leg.right", 55, 42),
            new Caption("bodymap.leg.left", 145, 42),
            new Caption("bodymap.leg.left", 255, 42),
            new Caption("bodymap.leg.right", 345, 42));

    private BodyMapLayout() {}

    public static List<Shape> shapes() {
        return SHAPES;
    }

    public static List<Caption> captions() {
        return CAPTIONS;
    }

    /** Horizontal centre of a leg: front picture has right then left; back picture has left then right. */
    static int legCentre(Region.View view, Side side) {
        if (view == Region.View.FRONT) {
            return side == Side.RIGHT ? 55 : 145;
        }
        return side == Side.LEFT ? 255 : 345;
    }

    private static List<Shape> buildShapes() {
        List<Shape> shapes = new ArrayList<>();
        for (BodySite site : BodySite.all()) {
            Band band = BANDS.get(site.region());
            int centre = legCentre(site.region().view(), site.side());
            shapes.add(new Shape(site, centre - band.width() / 2, band.top(), band.width(), band.height()));
        }
        return Collections.unmodifiableList(shapes);
    }
}
