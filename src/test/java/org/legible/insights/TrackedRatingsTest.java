package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.HealthMeasures.EntryKind;
import org.legible.diary.HealthMeasures.TrackerEntry;

class TrackedRatingsTest {

    static final LocalDate DAY = LocalDate.of(2017, 5, 3);

    @Test
    void each_item_on_its_own_scale_most_rated_first_and_only_ratings() {
        TrackedRatings ratings = TrackedRatings.of(List.of(
                TrackerEntry.rating(DAY, "Fatigue", 1, 4),
                TrackerEntry.rating(DAY.plusDays(1), "Fatigue", 4, 4),
                TrackerEntry.rating(DAY.plusDays(2), "Fatigue", 2, 4),
                TrackerEntry.rating(DAY, "Leg pain", 7, 10),
                TrackerEntry.rating(DAY, "Fatigue", 6, 10),
                TrackerEntry.named(DAY, EntryKind.MEDICATION, "Amitriptyline", "10 mg")));

        assertThat(ratings.items())
                .as("the same name on another scale is another item; a medication is not a rating")
                .containsExactly(
                        new TrackedRatings.Item("Fatigue", 4, 3, 7 / 3.0, 1, 4),
                        new TrackedRatings.Item("Fatigue", 10, 1, 6, 6, 6),
                        new TrackedRatings.Item("Leg pain", 10, 1, 7, 7, 7));
        assertThat(TrackedRatings.of(List.of()).any()).isFalse();
    }
}
