package org.legible.assessments;

import java.util.EnumSet;
import java.util.Set;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Side;

/**
 * Pre-fills the six leg areas of the WPI from the sites a person marked on the body map. The WPI has no knee or foot
 * area; counting knee and foot sites as "lower leg" is Legible's documented choice (product.md; clinical_reference.md
 * §1.1), and {@link Prefill#usedLegibleChoice()} says when it was needed so the page can show it as such.
 */
public final class LegAreaPrefill {

    /** The leg areas to pre-select, and whether any came only through Legible's knee/foot roll-up. */
    public record Prefill(Set<WpiArea> areas, boolean usedLegibleChoice) {}

    private LegAreaPrefill() {}

    public static Prefill from(Set<BodySite> sites) {
        Set<WpiArea> areas = EnumSet.noneOf(WpiArea.class);
        Set<WpiArea> byPublishedAreaAlone = EnumSet.noneOf(WpiArea.class);
        for (BodySite site : sites) {
            WpiArea area = area(site);
            areas.add(area);
            if (!site.region().wpiRollUpIsLegibleChoice()) {
                byPublishedAreaAlone.add(area);
            }
        }
        boolean choice = !byPublishedAreaAlone.containsAll(areas);
        return new Prefill(areas.isEmpty() ? Set.of() : Set.copyOf(areas), choice);
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
