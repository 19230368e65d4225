package org.legible.insights.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.insights.DescriptorCount;

/** Which words describe the pain, most days first; ties keep the vocabulary's order. */
final class DescriptorCounts {

    static final int SITES_SHOWN = 3;

    private DescriptorCounts() {}

    public static List<DescriptorCount> of(List<CheckIn> checkIns) {
        Map<Descriptor, Set<LocalDate>> days = new EnumMap<>(Descriptor.class);
        Map<Descriptor, Map<BodySite, Integer>> sites = new EnumMap<>(Descriptor.class);
        for (CheckIn checkIn : checkIns) {
            for (SitePain pain : checkIn.details().sites()) {
                for (Descriptor descriptor : pain.descriptors()) {
                    days.computeIfAbsent(descriptor, d -> new HashSet<>())
                            .add(checkIn.details().diaryDay());
                    sites.computeIfAbsent(descriptor, d -> new HashMap<>()).merge(pain.site(), 1, Integer::sum);
                }
            }
        }
        List<DescriptorCount> counts = new ArrayList<>();
        days.forEach((descriptor, on) -> {
            List<BodySite> top = sites.get(descriptor).entrySet().stream()
                    .sorted(Map.Entry.<BodySite, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(e -> BodySite.all().indexOf(e.getKey())))
                    .limit(SITES_SHOWN)
                    .map(Map.Entry::getKey)
                    .toList();
            counts.add(new DescriptorCount(descriptor, on.size(), top));
        });
        counts.sort(Comparator.comparingInt(DescriptorCount::days).reversed());
        return counts;
    }
}
