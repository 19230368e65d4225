package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.diary.HealthMeasures.TrackerEntry;
import org.legible.diary.OwnItem;

/**
 * Mood, stress and pain in the way are summed up first, each as a scale; ratings brought in from another app's file are
 * untrusted: whatever their names, the list is drawn.
 */
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

    @Test
    void mood_stress_and_pain_in_the_way_come_first_each_as_a_scale_set_against_pain_with_the_lag() {
        List<CheckIn> checkIns = new ArrayList<>();
        // Ten days: low mood (2) on the even days, good mood (8) on the odd; pain the next day 7 after low, 3 after
        // good. Stress is asked on three days only; pain in the way is never answered.
        for (int n = 0; n < 10; n++) {
            boolean low = n % 2 == 0;
            Days.Builder details =
                    Days.details(n, n == 0 ? 5 : (low ? 3 : 7)).moodAndStress(low ? 2 : 8, n < 3 ? 6 : null);
            checkIns.add(Days.checkIn(n, 9, details.build()));
        }
        checkIns.add(Days.checkIn(10, 9, Days.details(10, 3).build()));
        // A second check-in on day 1 with mood 6 makes that day's mood its mean, 7.
        checkIns.add(
                Days.checkIn(1, 20, Days.details(1, 7).moodAndStress(6, null).build()));

        OwnItemSummaries summaries = OwnItemSummaries.of(List.of(), checkIns, Days.day(0), Days.day(9), 1);

        assertThat(summaries.items())
                .extracting(OwnItemSummaries.Summary::scale)
                .containsExactly(BesidePainScale.MOOD, BesidePainScale.STRESS);
        OwnItemSummaries.Summary mood = summaries.items().get(0);
        assertThat(mood.besidePain()).isTrue();
        assertThat(mood.broughtIn()).isFalse();
        assertThat(mood.item().kind()).isEqualTo(OwnItem.Kind.SCALE);
        assertThat(mood.days()).isEqualTo(10);
        assertThat(mood.mean()).isCloseTo((5 * 2 + 4 * 8 + 7) / 10.0, within(1e-9));
        assertThat(mood.lowest()).isEqualTo(2.0);
        assertThat(mood.highest()).isEqualTo(8.0);
        assertThat(mood.daily()).containsEntry(Days.day(1), 7.0).hasSize(10);
        Comparison withPain = mood.withPain().orElseThrow();
        // Above the median (4.5): the odd days, each followed by pain 3; the even days by pain 7.
        assertThat(mood.median()).isEqualTo(4.5);
        assertThat(withPain.meanWith()).isEqualTo(3.0);
        assertThat(withPain.meanWithout()).isEqualTo(7.0);
        assertThat(withPain.daysWith()).isEqualTo(5);
        assertThat(withPain.daysWithout()).isEqualTo(5);

        OwnItemSummaries.Summary stress = summaries.items().get(1);
        assertThat(stress.days()).isEqualTo(3);
        assertThat(stress.mean()).isEqualTo(6.0);
        assertThat(stress.withPain()).isEmpty();
        assertThat(summaries.recordedHere()).hasSize(2);
    }

    @Test
    void pain_in_the_way_is_summed_up_when_answered_and_nothing_is_listed_for_a_diary_without_any() {
        List<CheckIn> checkIns = List.of(
                Days.checkIn(0, 9, Days.details(0, 4).inTheWay(3).build()),
                Days.checkIn(1, 9, Days.details(1, 6).inTheWay(7).build()));

        OwnItemSummaries summaries = OwnItemSummaries.of(List.of(), checkIns, Days.day(0), Days.day(1), 0);

        assertThat(summaries.items()).singleElement().satisfies(s -> {
            assertThat(s.scale()).isEqualTo(BesidePainScale.INTERFERENCE);
            assertThat(s.mean()).isEqualTo(5.0);
        });
        assertThat(OwnItemSummaries.of(List.of(), List.of(Days.pain(0, 4)), Days.day(0), Days.day(0), 0)
                        .any())
                .isFalse();
    }
}
