package org.legible.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.legible.diary.HealthMeasures;

/**
 * Ratings kept in another app or a spreadsheet and brought in (Flaredown's conditions and symptoms on 0 to 4, a CSV's
 * pain score on its own scale), each item summed up over the period on its own scale. They are never mixed into
 * Legible's 0 to 10 leg and foot pain: another app asked another question on another scale.
 */
public record TrackedRatings(List<Item> items) {

    /** One tracked item over the period: the days it was rated, its mean, lowest and highest, on 0 to scaleMax. */
    public record Item(String name, int scaleMax, int days, double mean, int lowest, int highest) {}

    public static final TrackedRatings NONE = new TrackedRatings(List.of());

    public TrackedRatings {
        items = List.copyOf(items);
    }

    public boolean any() {
        return !items.isEmpty();
    }

    /** Items rated on the most days first, then by name. */
    public static TrackedRatings of(List<HealthMeasures.TrackerEntry> entries) {
        Map<String, List<HealthMeasures.TrackerEntry>> byItem = new LinkedHashMap<>();
        for (HealthMeasures.TrackerEntry entry : entries) {
            if (entry.kind() == HealthMeasures.EntryKind.RATING) {
                byItem.computeIfAbsent(entry.name() + "\n" + entry.scaleMax(), k -> new ArrayList<>())
                        .add(entry);
            }
        }
        List<Item> items = new ArrayList<>();
        for (List<HealthMeasures.TrackerEntry> ratings : byItem.values()) {
            HealthMeasures.TrackerEntry first = ratings.get(0);
            items.add(new Item(
                    first.name(),
                    first.scaleMax(),
                    ratings.size(),
                    ratings.stream()
                            .mapToInt(HealthMeasures.TrackerEntry::rating)
                            .average()
                            .orElseThrow(),
                    ratings.stream()
                            .mapToInt(HealthMeasures.TrackerEntry::rating)
                            .min()
                            .orElseThrow(),
                    ratings.stream()
                            .mapToInt(HealthMeasures.TrackerEntry::rating)
                            .max()
                            .orElseThrow()));
        }
        items.sort(Comparator.comparingInt(Item::days).reversed().thenComparing(Item::name));
        return new TrackedRatings(items);
    }
}
