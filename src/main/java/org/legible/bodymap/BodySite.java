package org.legible.bodymap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A region on one side: "left heel". Its code, e.g. {@code heel-left}, is used in forms and element ids. */
public record BodySite(Region region, Side side) {

    private static final List<BodySite> ALL = allSites();

    public BodySite {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(side, "side");
    }

    public String code() {
        return region.code() + "-" + side.code();
    }

    /** Every site in catalogue order: regions top to bottom, left before right. */
    public static List<BodySite> all() {
        return ALL;
    }

    public static Optional<BodySite> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        int dash = code.lastIndexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        String side = code.substring(dash + 1);
        if (!side.equals("left") && !side.equals("right")) {
            return Optional.empty();
        }
        return Region.fromCode(code.substring(0, dash)).map(region -> new BodySite(region, Side.fromCode(side)));
    }

    private static List<BodySite> allSites() {
        List<BodySite> sites = new ArrayList<>();
        for (Region region : Region.values()) {
            for (Side side : Side.values()) {
                sites.add(new BodySite(region, side));
            }
        }
        return Collections.unmodifiableList(sites);
    }
}
