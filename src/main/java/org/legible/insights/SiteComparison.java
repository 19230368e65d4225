package org.legible.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.legible.bodymap.BodySite;

/** A site in this period and in the one before (either may be absent): one row of the heat map's table. */
public record SiteComparison(SiteStat current, SiteStat previous) {

    public BodySite site() {
        return current != null ? current.site() : previous.site();
    }

    /** Sites that hurt in either period, most days this period first, then most days before. */
    static List<SiteComparison> of(List<SiteStat> sites, List<SiteStat> previousSites) {
        Map<BodySite, SiteStat> previous = new HashMap<>();
        previousSites.forEach(s -> previous.put(s.site(), s));
        Map<BodySite, SiteComparison> rows = new LinkedHashMap<>();
        sites.forEach(s -> rows.put(s.site(), new SiteComparison(s, previous.get(s.site()))));
        previousSites.forEach(s -> rows.putIfAbsent(s.site(), new SiteComparison(null, s)));
        List<SiteComparison> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparingInt((SiteComparison r) -> days(r.current()))
                .reversed()
                .thenComparing(Comparator.comparingInt((SiteComparison r) -> days(r.previous()))
                        .reversed()));
        return List.copyOf(sorted);
    }

    private static int days(SiteStat stat) {
        return stat == null ? 0 : stat.daysHurt();
    }
}
