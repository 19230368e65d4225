package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.HealthMeasures.TrackerEntry;

/** Ratings brought in from another app's file are untrusted: whatever their names, the list is drawn. */
class OwnItemSummariesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Test
    void a_brought_in_name_of_control_characters_or_past_the_length_of_an_own_item_still_draws_the_list() {
        OwnItemSummaries summaries = OwnItemSummaries.of(
                List.of(),
                List.of(),
                List.of(
                        TrackerEntry.rating(DAY, "\u0001\u0002", 2, 4),
                        TrackerEntry.rating(DAY, "x".repeat(TrackerEntry.NAME_CHARACTERS), 3, 4),
                        TrackerEntry.rating(DAY, "Fa\u0007tigue", 1, 4)),
                DAY,
                DAY,
                0);

        assertThat(summaries.items()).extracting(s -> s.item().name()).containsExactly("Fatigue", "x".repeat(59) + "…");
        assertThat(summaries.items()).allSatisfy(s -> assertThat(s.broughtIn()).isTrue());
    }
}
