package org.legible.insights.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.legible.bodymap.BodySite;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.insights.SiteStat;

/** The heat map's numbers: for every site that hurt, in catalogue order. */
final class SiteStats {

    private SiteStats() {}

    public static List<SiteStat> of(List<CheckIn> checkIns) {
        Map<BodySite, Set<LocalDate>> days = new HashMap<>();
        Map<BodySite, int[]> sums = new HashMap<>();
        for (CheckIn checkIn : checkIns) {
            for (SitePain pain : checkIn.details().sites()) {
                if (pain.intensity() == 0) {
                    continue;
                }
                days.computeIfAbsent(pain.site(), s -> new HashSet<>())
                        .add(checkIn.details().diaryDay());
                int[] sum = sums.computeIfAbsent(pain.site(), s -> new int[3]);
                sum[0] += pain.intensity();
                sum[1]++;
                sum[2] = Math.max(sum[2], pain.intensity());
            }
        }
        List<SiteStat> stats = new ArrayList<>();
        for (BodySite site : BodySite.all()) {
            int[] sum = sums.get(site);
            if (sum != null) {
                stats.add(new SiteStat(site, days.get(site).size(), (double) sum[0] / sum[1], sum[2]));
            }
        }
        return stats;
    }
}
