package org.legible.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.legible.assessments.NeuropathicProfile.DescriptorLine;
import org.legible.assessments.NeuropathicProfile.Place;
import org.legible.assessments.NeuropathicProfile.Sides;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.support.CheckIns;

class NeuropathicProfileTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static CheckInDetails checkIn(LocalDate day, SitePain... sites) {
        return CheckIns.on(day, 5).sites(sites).details();
    }

    private static SitePain pain(Region region, Side side, Descriptor... descriptors) {
        return new SitePain(
                new BodySite(region, side),
                5,
                descriptors.length == 0 ? Set.of() : EnumSet.of(descriptors[0], descriptors));
    }

    private static DescriptorLine line(NeuropathicProfile profile, Descriptor descriptor) {
        return profile.descriptors().stream()
                .filter(l -> l.descriptor() == descriptor)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void burning_soles_on_both_sides_most_evenings_reads_as_feet_on_both_sides() {
        NeuropathicProfile profile = NeuropathicProfile.of(List.of(
                checkIn(
                        DAY,
                        pain(Region.SOLE, Side.LEFT, Descriptor.BURNING),
                        pain(Region.SOLE, Side.RIGHT, Descriptor.BURNING)),
                checkIn(DAY, pain(Region.SOLE, Side.LEFT, Descriptor.BURNING, Descriptor.TINGLING)),
                checkIn(DAY.plusDays(1), pain(Region.HEEL, Side.RIGHT, Descriptor.BURNING)),
                checkIn(DAY.plusDays(2), pain(Region.CALF, Side.LEFT, Descriptor.CRAMPING))));

        assertThat(profile.checkIns()).isEqualTo(4);
        assertThat(profile.days()).isEqualTo(3);
        assertThat(profile.daysWithAny()).isEqualTo(2);
        DescriptorLine burning = line(profile, Descriptor.BURNING);
        assertThat(burning.checkIns()).isEqualTo(3);
        assertThat(burning.days()).isEqualTo(2);
        assertThat(burning.places()).containsExactly(Place.FEET);
        assertThat(burning.sides()).isEqualTo(Sides.BOTH);
        DescriptorLine tingling = line(profile, Descriptor.TINGLING);
        assertThat(tingling.checkIns()).isEqualTo(1);
        assertThat(tingling.sides()).isEqualTo(Sides.LEFT_ONLY);
    }

    @Test
    void every_neuropathic_type_word_has_a_line_even_when_never_used_and_no_other_word_does() {
        NeuropathicProfile profile = NeuropathicProfile.of(
                List.of(checkIn(DAY, pain(Region.SHIN, Side.RIGHT, Descriptor.ELECTRIC, Descriptor.ACHING))));
        assertThat(profile.descriptors())
                .extracting(DescriptorLine::descriptor)
                .containsExactly(
                        Descriptor.ELECTRIC,
                        Descriptor.BURNING,
                        Descriptor.TINGLING,
                        Descriptor.NUMBNESS,
                        Descriptor.CRAWLING,
                        Descriptor.COLD);
        DescriptorLine electric = line(profile, Descriptor.ELECTRIC);
        assertThat(electric.places()).containsExactly(Place.LEGS);
        assertThat(electric.sides()).isEqualTo(Sides.RIGHT_ONLY);
        DescriptorLine cold = line(profile, Descriptor.COLD);
        assertThat(cold.checkIns()).isZero();
        assertThat(cold.places()).isEmpty();
        assertThat(cold.sides()).isNull();
    }

    @Test
    void ankles_count_with_the_feet_and_knees_with_the_legs() {
        NeuropathicProfile profile = NeuropathicProfile.of(List.of(checkIn(
                DAY,
                pain(Region.ANKLE, Side.LEFT, Descriptor.NUMBNESS),
                pain(Region.KNEE_BACK, Side.LEFT, Descriptor.NUMBNESS))));
        assertThat(line(profile, Descriptor.NUMBNESS).places()).containsExactlyInAnyOrder(Place.FEET, Place.LEGS);
    }

    @Test
    void an_empty_period_is_an_empty_profile() {
        NeuropathicProfile profile = NeuropathicProfile.of(List.of());
        assertThat(profile.checkIns()).isZero();
        assertThat(profile.daysWithAny()).isZero();
        assertThat(profile.descriptors()).allMatch(l -> l.checkIns() == 0);
    }
}
