package org.legible.bodymap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The drawing of both legs and feet (Legible's own): a front and a back picture in a 400 × 570 viewBox, each leg a
 * silhouette cut into its regions along the leg's outline, the feet seen from above (front) and the soles from
 * below (back). Each site is drawn once. Every region's box is at least 50 units each way, which on a 390 px phone
 * (the map is 358 px wide there) is 44 CSS px: WCAG 2.5.5's target size. The front picture faces the viewer, so
 * the person's right leg is on the viewer's left.
 */
public final class BodyMapLayout {

    public static final String VIEW_BOX = "0 0 400 570";

    /**
     * A site's shape: the outline {@code path}, its bounding box (the touch target) and where its label sits.
     * {@code labelY} is the baseline of the short name; a mark (intensity) goes one line below it.
     */
    public record Shape(BodySite site, String path, int x, int y, int width, int height) {
        public int centreX() {
            return x + width / 2;
        }

        public int centreY() {
            return y + height / 2;
        }
    }

    /** A caption on the picture: "Front", "Back", "Right", "Left". */
    public record Caption(String messageKey, int x, int y) {}

    private record Band(int top, int bottom) {}

    private static final Map<Region, Band> BANDS = new EnumMap<>(Region.class);

    static {
        BANDS.put(Region.HIP, new Band(48, 106));
        BANDS.put(Region.THIGH_FRONT, new Band(108, 214));
        BANDS.put(Region.KNEE_FRONT, new Band(216, 272));
        BANDS.put(Region.SHIN, new Band(274, 380));
        BANDS.put(Region.ANKLE, new Band(382, 432));
        BANDS.put(Region.FOOT_TOP, new Band(434, 490));
        BANDS.put(Region.TOES, new Band(492, 546));
        BANDS.put(Region.BUTTOCK, new Band(48, 126));
        BANDS.put(Region.THIGH_BACK, new Band(128, 214));
        BANDS.put(Region.KNEE_BACK, new Band(216, 272));
        BANDS.put(Region.CALF, new Band(274, 380));
        BANDS.put(Region.HEEL, new Band(382, 440));
        BANDS.put(Region.SOLE, new Band(450, 562));
    }

    /** Half the leg's width down its length (y, half width), hip to foot: thigh, knee, calf, ankle, foot. */
    private static final double[][] LEG = {
        {48, 43}, {106, 41}, {160, 37}, {214, 31}, {244, 28}, {272, 28}, {300, 31}, {340, 29}, {380, 25}, {406, 25},
        {432, 25}, {440, 27}, {490, 31}, {546, 31}
    };

    /** How far the leg's middle moves towards the other leg down its length (y, shift): thighs angle in to the knees. */
    private static final double[][] STANCE = {{48, 0}, {244, 7}, {432, 8}, {546, 8}};

    private static final List<Shape> SHAPES = buildShapes();

    private static final List<Caption> CAPTIONS = List.of(
            new Caption("bodymap.front", 100, 16),
            new Caption("bodymap.back", 300, 16),
            new Caption("bodymap.leg.right", 55, 40),
            new Caption("bodymap.leg.left", 145, 40),
            new Caption("bodymap.leg.left", 255, 40),
            new Caption("bodymap.leg.right", 345, 40));

    /** The lower body above the legs, one per picture: drawn behind the regions, not a control. */
    private static final List<String> OUTLINES = List.of(torso(100), torso(300));

    private BodyMapLayout() {}

    /** Every site's shape, in keyboard order: the left leg top to bottom, then the right, as the list shows them. */
    public static List<Shape> shapes() {
        return SHAPES;
    }

    public static List<Caption> captions() {
        return CAPTIONS;
    }

    public static List<String> outlines() {
        return OUTLINES;
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
            // Towards the other leg of the same picture: +1 for the leg on the picture's left.
            int inward = centre % 200 < 100 ? 1 : -1;
            Leg leg = new Leg(centre, inward);
            boolean sole = site.region() == Region.SOLE;
            String path =
                    switch (site.region()) {
                        case TOES -> toes(leg, band);
                        case SOLE -> sole(leg.middle(band.top()), band, inward);
                        case HEEL -> slice(leg, band.top(), band.bottom(), false, true);
                        case HIP, BUTTOCK -> slice(leg, band.top(), band.bottom(), true, false);
                        default -> slice(leg, band.top(), band.bottom(), false, false);
                    };
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            for (int y = band.top(); y <= band.bottom(); y++) {
                double middle = sole ? leg.middle(band.top()) : leg.middle(y);
                double half = sole ? 29 : halfWidth(y);
                left = Math.min(left, middle - half);
                right = Math.max(right, middle + half);
            }
            int x = (int) Math.floor(left);
            shapes.add(new Shape(site, path, x, band.top(), (int) Math.ceil(right) - x, band.bottom() - band.top()));
        }
        shapes.sort(Comparator.comparing((Shape s) -> s.site().side() != Side.LEFT)
                .thenComparing(s -> BodySite.all().indexOf(s.site())));
        return Collections.unmodifiableList(shapes);
    }

    /** One leg of a picture: its middle at the hip and the side its other leg is on. */
    private record Leg(int centre, int inward) {
        double middle(double y) {
            return centre + inward * along(STANCE, y);
        }
    }

    /** The leg's half width at {@code y}. */
    static double halfWidth(double y) {
        return along(LEG, y);
    }

    /** A profile's value at {@code y}, straight between its points. */
    private static double along(double[][] profile, double y) {
        for (int i = 1; i < profile.length; i++) {
            if (y <= profile[i][0]) {
                double t = (y - profile[i - 1][0]) / (profile[i][0] - profile[i - 1][0]);
                return profile[i - 1][1] + Math.max(0, t) * (profile[i][1] - profile[i - 1][1]);
            }
        }
        return profile[profile.length - 1][1];
    }

    /** A slice of the leg between two heights, its sides following the outline; the top or bottom may be rounded. */
    private static String slice(Leg leg, int top, int bottom, boolean roundTop, boolean roundBottom) {
        List<double[]> left = new ArrayList<>();
        List<double[]> right = new ArrayList<>();
        int steps = 4;
        for (int i = 0; i <= steps; i++) {
            double y = top + (bottom - top) * (double) i / steps;
            double half = halfWidth(y);
            left.add(new double[] {leg.middle(y) - half, y});
            right.add(0, new double[] {leg.middle(y) + half, y});
        }
        StringBuilder d = new StringBuilder();
        double[] start = left.get(0);
        d.append('M').append(n(start[0])).append(',').append(n(start[1]));
        for (double[] p : left.subList(1, left.size())) {
            d.append('L').append(n(p[0])).append(',').append(n(p[1]));
        }
        double[] bottomRight = right.get(0);
        if (roundBottom) {
            d.append('Q')
                    .append(n(leg.middle(bottom)))
                    .append(',')
                    .append(n(bottom + 22))
                    .append(' ');
        } else {
            d.append('L');
        }
        d.append(n(bottomRight[0])).append(',').append(n(bottomRight[1]));
        for (double[] p : right.subList(1, right.size())) {
            d.append('L').append(n(p[0])).append(',').append(n(p[1]));
        }
        if (roundTop) {
            d.append('Q')
                    .append(n(leg.middle(top)))
                    .append(',')
                    .append(n(top - 10))
                    .append(' ')
                    .append(n(start[0]))
                    .append(',')
                    .append(n(start[1]));
        }
        return d.append('Z').toString();
    }

    /** The toes seen from above: the foot's outline ending in five rounded toes, the big toe on the inner side. */
    private static String toes(Leg leg, Band band) {
        double middle = leg.middle(band.top());
        double half = halfWidth(band.top());
        double toeTop = band.bottom() - 14;
        double[] widths = {0.28, 0.19, 0.18, 0.18, 0.17};
        StringBuilder d = new StringBuilder();
        // Start on the inner side, so the big toe comes first.
        double x = middle + leg.inward() * half;
        d.append('M').append(n(x)).append(',').append(band.top());
        d.append('L').append(n(x)).append(',').append(n(toeTop));
        for (int i = 0; i < widths.length; i++) {
            double next = x - leg.inward() * widths[i] * 2 * half;
            double depth = (14 - 2.5 * i) * 1.3;
            d.append('C')
                    .append(n(x))
                    .append(',')
                    .append(n(toeTop + depth))
                    .append(' ')
                    .append(n(next))
                    .append(',')
                    .append(n(toeTop + depth))
                    .append(' ')
                    .append(n(next))
                    .append(',')
                    .append(n(toeTop));
            x = next;
        }
        d.append('L').append(n(x)).append(',').append(band.top()).append('Z');
        return d.toString();
    }

    /**
     * A sole seen from below: broad at the ball of the foot, narrower at the arch (on the inner side, towards the
     * other foot), rounded at the heel.
     */
    private static String sole(double cx, Band band, int inward) {
        double top = band.top();
        double bottom = band.bottom();
        double ball = top + 34;
        double arch = top + 70;
        int outer = -inward;
        StringBuilder d = new StringBuilder();
        d.append('M').append(n(cx + outer * 27)).append(',').append(n(ball));
        d.append('C')
                .append(n(cx + outer * 29))
                .append(',')
                .append(n(top - 4))
                .append(' ')
                .append(n(cx + inward * 29))
                .append(',')
                .append(n(top - 4))
                .append(' ')
                .append(n(cx + inward * 28))
                .append(',')
                .append(n(ball));
        d.append('Q')
                .append(n(cx + inward * 14))
                .append(',')
                .append(n(arch))
                .append(' ')
                .append(n(cx + inward * 22))
                .append(',')
                .append(n(bottom - 20));
        d.append('Q')
                .append(n(cx))
                .append(',')
                .append(n(bottom + 12))
                .append(' ')
                .append(n(cx + outer * 24))
                .append(',')
                .append(n(bottom - 20));
        d.append('Q')
                .append(n(cx + outer * 27))
                .append(',')
                .append(n(arch))
                .append(' ')
                .append(n(cx + outer * 27))
                .append(',')
                .append(n(ball));
        return d.append('Z').toString();
    }

    /** The lower body joining the two legs at the top of a picture. */
    private static String torso(int cx) {
        return "M" + (cx - 89) + ",48 Q" + (cx - 92) + ",30 " + (cx - 82) + ",22 L" + (cx + 82) + ",22 Q" + (cx + 92)
                + ",30 " + (cx + 89) + ",48 Z";
    }

    /** Whole drawing units: the map is at most 448 CSS px wide for 400 units, so a finer point is never seen. */
    private static String n(double value) {
        return Long.toString(Math.round(value));
    }
}
