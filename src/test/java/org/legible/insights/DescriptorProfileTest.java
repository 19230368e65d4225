package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.insights.Days.checkIn;
import static org.legible.insights.Days.day;
import static org.legible.insights.Days.details;
import static org.legible.insights.Days.site;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckIn;
import org.legible.insights.DescriptorProfile.DescriptorDays;
import org.legible.insights.DescriptorProfile.GroupProfile;

class DescriptorProfileTest {

    @Test
    void countsEachWordOncePerDayInEachBandAndTheNeuropathicShareWeekByWeek() {
        List<CheckIn> checkIns = List.of(
                // Day 0, two check-ins: burning soles both times (one day), aching calf.
                checkIn(
                        0,
                        9,
                        details(0, 5)
                                .site(site(Region.SOLE, Side.LEFT), 6, Descriptor.BURNING)
                                .site(site(Region.CALF, Side.LEFT), 4, Descriptor.ACHING)
                                .build()),
                checkIn(
                        0,
                        20,
                        details(0, 5)
                                .site(site(Region.SOLE, Side.RIGHT), 6, Descriptor.BURNING, Descriptor.TINGLING)
                                .build()),
                // Day 8 (second week): aching thigh, no neuropathic word.
                checkIn(
                        8,
                        9,
                        details(8, 3)
                                .site(site(Region.THIGH_FRONT, Side.LEFT), 3, Descriptor.ACHING)
                                .build()),
                // Day 9: heel without words still counts as hurting in the feet band.
                checkIn(
                        9,
                        9,
                        details(9, 3).site(site(Region.HEEL, Side.LEFT), 2).build()));

        DescriptorProfile profile = DescriptorProfile.of(checkIns, day(0), day(20));

        assertThat(profile.groups())
                .containsExactly(
                        new GroupProfile(
                                RegionGroup.HIPS_AND_THIGHS, 1, List.of(new DescriptorDays(Descriptor.ACHING, 1))),
                        new GroupProfile(
                                RegionGroup.KNEES_AND_LOWER_LEGS, 1, List.of(new DescriptorDays(Descriptor.ACHING, 1))),
                        new GroupProfile(
                                RegionGroup.ANKLES_AND_FEET,
                                2,
                                List.of(
                                        new DescriptorDays(Descriptor.BURNING, 1),
                                        new DescriptorDays(Descriptor.TINGLING, 1))));
        assertThat(profile.blockDays()).isEqualTo(7);
        // Week 1: burning, aching, burning, tingling = 3 of 4 neuropathic. Week 2: aching only. Week 3: nothing.
        assertThat(profile.blocks())
                .containsExactly(
                        new DescriptorProfile.NeuropathicShare(day(0), day(6), 4, 3),
                        new DescriptorProfile.NeuropathicShare(day(7), day(13), 1, 0),
                        new DescriptorProfile.NeuropathicShare(day(14), day(20), 0, 0));
        assertThat(profile.blocks().get(0).percent()).isEqualTo(75);
        assertThat(profile.blocks().get(1).percent()).isZero();
        assertThat(profile.blocks().get(2).share()).isNull();
    }

    @Test
    void longPeriodsUseFourWeekBlocksAndTheLastBlockEndsWithThePeriod() {
        DescriptorProfile profile = DescriptorProfile.of(List.of(), day(0), day(99));

        assertThat(profile.blockDays()).isEqualTo(28);
        assertThat(profile.blocks()).hasSize(4);
        assertThat(profile.blocks().get(3).from()).isEqualTo(day(84));
        assertThat(profile.blocks().get(3).to()).isEqualTo(day(99));
        assertThat(profile.groups()).isEmpty();
        assertThat(profile.anyWords()).isFalse();
    }

    @Test
    void aSingleDayPeriodIsOneBlock() {
        DescriptorProfile profile = DescriptorProfile.of(
                List.of(checkIn(
                        3,
                        9,
                        details(3, 5)
                                .site(site(Region.TOES, Side.RIGHT), 5, Descriptor.COLD)
                                .build())),
                day(3),
                day(3));

        assertThat(profile.blocks()).containsExactly(new DescriptorProfile.NeuropathicShare(day(3), day(3), 1, 1));
    }
}
