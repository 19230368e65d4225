package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.insights.Days.checkIn;
import static org.legible.insights.Days.details;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.TimeOfDay;

class WhenItHurtsTest {

    private static CheckIn at(int day, int pain, TimeOfDay time, PainContext... where) {
        return checkIn(day, 9, details(day, pain).at(time, where).build());
    }

    private static List<CheckIn> eveningsAndMornings(int[] evenings, int[] mornings) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < evenings.length; i++) {
            checkIns.add(at(i, evenings[i], TimeOfDay.EVENING, PainContext.AT_REST));
        }
        for (int i = 0; i < mornings.length; i++) {
            checkIns.add(at(i, mornings[i], TimeOfDay.MORNING, PainContext.WALKING));
        }
        return checkIns;
    }

    @Test
    void saysEveningsAreWorseWhenFiveAgainstFiveDifferByAtLeastOnePoint() {
        // Evenings 6, 7, 5, 6, 6 (mean 6.0); mornings 3, 4, 5, 4, 4 (mean 4.0): two points, every resample above zero.
        WhenItHurts when = WhenItHurts.of(eveningsAndMornings(new int[] {6, 7, 5, 6, 6}, new int[] {3, 4, 5, 4, 4}));

        assertThat(when.byTime())
                .containsExactly(
                        new WhenItHurts.GroupPain<>(TimeOfDay.MORNING, 5, 4.0),
                        new WhenItHurts.GroupPain<>(TimeOfDay.EVENING, 5, 6.0));
        WhenItHurts.Worse<TimeOfDay> worse = when.worseTime().orElseThrow();
        assertThat(worse.key()).isEqualTo(TimeOfDay.EVENING);
        assertThat(worse.comparison().difference()).isEqualTo(2.0);
        assertThat(worse.comparison().daysWith()).isEqualTo(5);
        assertThat(worse.comparison().low()).isGreaterThan(0);
        // The same check-ins by context: at rest (the evenings) is worse than walking (the mornings).
        assertThat(when.worseContext().orElseThrow().key()).isEqualTo(PainContext.AT_REST);
        // On the move is lower, not higher.
        assertThat(when.onTheMove().orElseThrow().difference()).isEqualTo(-2.0);
    }

    @Test
    void saysNothingWithFourCheckInsInAGroup() {
        WhenItHurts when = WhenItHurts.of(eveningsAndMornings(new int[] {8, 8, 8, 8}, new int[] {2, 2, 2, 2, 2}));

        assertThat(when.byTime()).hasSize(2);
        assertThat(when.worseTime()).isEmpty();
        assertThat(when.onTheMove()).isEmpty();
    }

    @Test
    void saysNothingWhenTheDifferenceIsUnderOnePoint() {
        // Evenings all 5; mornings 4, 4, 4, 4, 5 (mean 4.2): 0.8 points.
        WhenItHurts when = WhenItHurts.of(eveningsAndMornings(new int[] {5, 5, 5, 5, 5}, new int[] {4, 4, 4, 4, 5}));

        assertThat(when.worseTime()).isEmpty();
        assertThat(when.worseContext()).isEmpty();
    }

    @Test
    void allEqualValuesAreNeverWorse() {
        WhenItHurts when = WhenItHurts.of(eveningsAndMornings(new int[] {5, 5, 5, 5, 5}, new int[] {5, 5, 5, 5, 5}));

        assertThat(when.worseTime()).isEmpty();
        assertThat(when.onTheMove().orElseThrow().difference()).isZero();
    }

    @Test
    void checkInsWithoutATimeOrPlaceAreLeftOutNotCountedAsZero() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            checkIns.add(Days.pain(i, 9));
        }

        WhenItHurts when = WhenItHurts.of(checkIns);

        assertThat(when.byTime()).isEmpty();
        assertThat(when.byContext()).isEmpty();
        assertThat(when.any()).isFalse();
        assertThat(WhenItHurts.of(List.of()).any()).isFalse();
    }

    @Test
    void aCheckInInTwoContextsCountsInEach() {
        WhenItHurts when = WhenItHurts.of(List.of(
                at(0, 6, TimeOfDay.AFTERNOON, PainContext.STANDING, PainContext.WALKING),
                at(1, 2, TimeOfDay.AFTERNOON, PainContext.SITTING)));

        assertThat(when.byContext())
                .containsExactly(
                        new WhenItHurts.GroupPain<>(PainContext.SITTING, 1, 2.0),
                        new WhenItHurts.GroupPain<>(PainContext.STANDING, 1, 6.0),
                        new WhenItHurts.GroupPain<>(PainContext.WALKING, 1, 6.0));
    }
}
