package org.legible.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every boundary of the 2016 revision (docs/clinical-basis.md, "Screens"), and that the 2010/2011 band does not leak in. */
class Acr2016ScreenTest {

    /** Areas chosen so that all five regions have countable pain as soon as there are at least 5 areas. */
    private static final List<WpiArea> SPREAD = List.of(
            WpiArea.SHOULDER_GIRDLE_LEFT,
            WpiArea.SHOULDER_GIRDLE_RIGHT,
            WpiArea.HIP_LEFT,
            WpiArea.HIP_RIGHT,
            WpiArea.NECK,
            WpiArea.UPPER_ARM_LEFT,
            WpiArea.UPPER_ARM_RIGHT,
            WpiArea.UPPER_LEG_LEFT,
            WpiArea.UPPER_LEG_RIGHT,
            WpiArea.LOWER_BACK,
            WpiArea.LOWER_ARM_LEFT,
            WpiArea.LOWER_ARM_RIGHT,
            WpiArea.LOWER_LEG_LEFT,
            WpiArea.LOWER_LEG_RIGHT,
            WpiArea.UPPER_BACK,
            WpiArea.JAW_LEFT,
            WpiArea.JAW_RIGHT,
            WpiArea.CHEST,
            WpiArea.ABDOMEN);

    /** Four areas, one in each of four regions (generalised pain holds). */
    private static final List<WpiArea> FOUR_REGIONS =
            List.of(WpiArea.SHOULDER_GIRDLE_LEFT, WpiArea.SHOULDER_GIRDLE_RIGHT, WpiArea.HIP_LEFT, WpiArea.NECK);

    /** Answers whose SSS is exactly {@code sss} (0–12), filling part A first. */
    private static Acr2016Answers answers(Set<WpiArea> painful, int sss, boolean threeMonths) {
        int[] partA = new int[3];
        int remaining = Math.min(sss, 9);
        for (int i = 0; i < 3; i++) {
            partA[i] = Math.min(3, remaining);
            remaining -= partA[i];
        }
        int partB = Math.max(0, sss - 9);
        return new Acr2016Answers(
                painful, partA[0], partA[1], partA[2], partB >= 1, partB >= 2, partB >= 3, threeMonths);
    }

    @Test
    void the_wpi_has_nineteen_areas_in_five_regions_of_four_four_three_three_and_five() {
        assertThat(WpiArea.values()).hasSize(19);
        assertThat(Arrays.stream(WpiArea.values()).filter(a -> a.region() == WpiArea.PainRegion.LEFT_UPPER))
                .hasSize(4);
        assertThat(Arrays.stream(WpiArea.values()).filter(a -> a.region() == WpiArea.PainRegion.RIGHT_UPPER))
                .hasSize(4);
        assertThat(Arrays.stream(WpiArea.values()).filter(a -> a.region() == WpiArea.PainRegion.LEFT_LOWER))
                .hasSize(3);
        assertThat(Arrays.stream(WpiArea.values()).filter(a -> a.region() == WpiArea.PainRegion.RIGHT_LOWER))
                .hasSize(3);
        assertThat(Arrays.stream(WpiArea.values()).filter(a -> a.region() == WpiArea.PainRegion.AXIAL))
                .hasSize(5);
        assertThat(Arrays.stream(WpiArea.values()).filter(a -> !a.countsForGeneralisedPain()))
                .containsExactlyInAnyOrder(WpiArea.JAW_LEFT, WpiArea.JAW_RIGHT, WpiArea.CHEST, WpiArea.ABDOMEN);
    }

    static Stream<Arguments> severityBoundaries() {
        List<Arguments> cases = new ArrayList<>();
        // wpi, sss, 2016 severity criterion met?
        int[][] table = {
            {3, 12, 0}, // WPI 3 never meets 2016 severity (the 3-6 band is 2010/2011 only)
            {3, 9, 0},
            {4, 8, 0},
            {4, 9, 1},
            {6, 8, 0},
            {6, 9, 1},
            {7, 4, 0},
            {7, 5, 1},
            {19, 4, 0},
            {19, 5, 1},
            {5, 12, 1},
            {0, 12, 0}
        };
        for (int[] row : table) {
            cases.add(Arguments.of(row[0], row[1], row[2] == 1));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "WPI {0}, SSS {1} → severity met: {2}")
    @MethodSource("severityBoundaries")
    void severity_follows_the_2016_bands_exactly(int wpi, int sss, boolean expected) {
        Set<WpiArea> painful = wpi == 0 ? Set.of() : EnumSet.copyOf(SPREAD.subList(0, wpi));
        Acr2016Result result = Acr2016Screen.score(answers(painful, sss, true));
        assertThat(result.wpi()).isEqualTo(wpi);
        assertThat(result.sss()).isEqualTo(sss);
        assertThat(result.severityMet()).isEqualTo(expected);
    }

    @Test
    void four_regions_make_pain_generalised_and_three_do_not() {
        Acr2016Result four = Acr2016Screen.score(answers(EnumSet.copyOf(FOUR_REGIONS), 9, true));
        assertThat(four.regionsWithPain()).hasSize(4);
        assertThat(four.generalisedPain()).isTrue();

        Set<WpiArea> threeRegions = EnumSet.of(
                WpiArea.SHOULDER_GIRDLE_LEFT,
                WpiArea.UPPER_ARM_LEFT,
                WpiArea.LOWER_ARM_LEFT,
                WpiArea.SHOULDER_GIRDLE_RIGHT,
                WpiArea.UPPER_ARM_RIGHT,
                WpiArea.LOWER_ARM_RIGHT,
                WpiArea.HIP_LEFT,
                WpiArea.UPPER_LEG_LEFT,
                WpiArea.LOWER_LEG_LEFT);
        Acr2016Result three = Acr2016Screen.score(answers(threeRegions, 12, true));
        assertThat(three.wpi()).isEqualTo(9);
        assertThat(three.severityMet()).isTrue();
        assertThat(three.generalisedPain()).isFalse();
        assertThat(three.criteriaMet())
                .as("regional pain, however severe, is not generalised")
                .isFalse();
    }

    @Test
    void jaw_chest_and_abdomen_count_in_the_wpi_but_not_for_generalised_pain() {
        Set<WpiArea> painful = EnumSet.of(
                WpiArea.JAW_LEFT,
                WpiArea.JAW_RIGHT,
                WpiArea.CHEST,
                WpiArea.ABDOMEN,
                WpiArea.HIP_LEFT,
                WpiArea.HIP_RIGHT,
                WpiArea.UPPER_LEG_LEFT);
        Acr2016Result result = Acr2016Screen.score(answers(painful, 6, true));
        assertThat(result.wpi()).isEqualTo(7);
        assertThat(result.regionsWithPain())
                .containsExactlyInAnyOrder(WpiArea.PainRegion.LEFT_LOWER, WpiArea.PainRegion.RIGHT_LOWER);
        assertThat(result.severityMet()).isTrue();
        assertThat(result.generalisedPain()).isFalse();
        assertThat(result.criteriaMet()).isFalse();
    }

    @Test
    void all_three_criteria_are_needed_including_three_months_of_symptoms() {
        Set<WpiArea> painful = EnumSet.copyOf(SPREAD.subList(0, 7));
        assertThat(Acr2016Screen.score(answers(painful, 5, true)).criteriaMet()).isTrue();
        Acr2016Result tooRecent = Acr2016Screen.score(answers(painful, 5, false));
        assertThat(tooRecent.severityMet()).isTrue();
        assertThat(tooRecent.generalisedPain()).isTrue();
        assertThat(tooRecent.durationMet()).isFalse();
        assertThat(tooRecent.criteriaMet()).isFalse();
    }

    @Test
    void the_symptom_severity_scale_adds_part_a_and_part_b() {
        Acr2016Answers answers = new Acr2016Answers(Set.of(WpiArea.NECK), 3, 2, 1, true, false, true, true);
        Acr2016Result result = Acr2016Screen.score(answers);
        assertThat(result.sssPartA()).isEqualTo(6);
        assertThat(result.sssPartB()).isEqualTo(2);
        assertThat(result.sss()).isEqualTo(8);
        Acr2016Result most =
                Acr2016Screen.score(new Acr2016Answers(EnumSet.allOf(WpiArea.class), 3, 3, 3, true, true, true, true));
        assertThat(most.wpi()).isEqualTo(19);
        assertThat(most.sss()).isEqualTo(12);
        assertThat(most.psd()).isEqualTo(31);
    }

    @ParameterizedTest(name = "PSD {0} → {1}")
    @CsvSource({
        "0, NONE",
        "3, NONE",
        "4, MILD",
        "7, MILD",
        "8, MODERATE",
        "11, MODERATE",
        "12, SEVERE",
        "19, SEVERE",
        "20, VERY_SEVERE",
        "31, VERY_SEVERE"
    })
    void the_psd_band_follows_wolfe_2015(int psd, PsdBand band) {
        assertThat(PsdBand.of(psd)).isEqualTo(band);
    }

    @Test
    void the_psd_is_wpi_plus_sss_and_carries_its_band() {
        Acr2016Result result = Acr2016Screen.score(answers(EnumSet.copyOf(SPREAD.subList(0, 8)), 4, true));
        assertThat(result.psd()).isEqualTo(12);
        assertThat(result.psdBand()).isEqualTo(PsdBand.SEVERE);
        assertThatThrownBy(() -> PsdBand.of(32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PsdBand.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severities_outside_zero_to_three_are_refused() {
        assertThatThrownBy(() -> new Acr2016Answers(Set.of(), 4, 0, 0, false, false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Acr2016Answers(Set.of(), 0, -1, 0, false, false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
