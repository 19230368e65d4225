package org.legible.assessments.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.legible.assessments.Prefill;
import org.legible.assessments.WpiArea;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Side;

/**
 * Suggests the six leg areas of the WPI from the sites a person marked on the body map, without nudging the screen
 * upward: only sites inside a WPI area (hip and buttock, thighs, shin and calf) tick one. The WPI has no knee, ankle
 * or foot area, so those sites leave "lower leg" unticked and are named beside it instead, for the person to decide
 * (docs/clinical-basis.md, "ACR 2016 screen").
 */
final class LegAreaPrefill {

    /**
     * The leg areas to suggest ticked, and for each lower leg left unticked the knee, ankle or foot sites marked on
     * its side.
     */
    public record Prefill(Set<WpiArea> areas, Map<WpiArea, List<BodySite>> bordering) {

        public Prefill {
            areas = areas.isEmpty() ? Set.of() : Set.copyOf(areas);
            bordering = Map.copyOf(bordering);
        }
    }

    private LegAreaPrefill() {}

    public static Prefill from(Set<BodySite> sites) {
        Set<WpiArea> areas = EnumSet.noneOf(WpiArea.class);
        Map<WpiArea, List<BodySite>> bordering = new EnumMap<>(WpiArea.class);
        for (BodySite site : BodySite.all()) {
            if (!sites.contains(site)) {
                continue;
            }
            WpiArea area = area(site);
            if (site.region().insideWpiArea()) {
                areas.add(area);
            } else {
                bordering.computeIfAbsent(area, a -> new ArrayList<>()).add(site);
            }
        }
        bordering.keySet().removeAll(areas);
        bordering.replaceAll((area, list) -> List.copyOf(list));
        return new Prefill(areas, bordering);
    }

    static WpiArea area(BodySite site) {
        boolean left = site.side() == Side.LEFT;
        return switch (site.region().wpiArea()) {
            case HIP -> left ? WpiArea.HIP_LEFT : WpiArea.HIP_RIGHT;
            case UPPER_LEG -> left ? WpiArea.UPPER_LEG_LEFT : WpiArea.UPPER_LEG_RIGHT;
            case LOWER_LEG -> left ? WpiArea.LOWER_LEG_LEFT : WpiArea.LOWER_LEG_RIGHT;
        };
    }
}
