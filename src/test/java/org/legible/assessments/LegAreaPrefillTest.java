package org.legible.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;

class LegAreaPrefillTest {

    private static BodySite site(Region region, Side side) {
        return new BodySite(region, side);
    }

    @Test
    void buttock_and_outer_hip_are_the_hip_area_thighs_the_upper_leg_shin_and_calf_the_lower_leg() {
        LegAreaPrefill.Prefill prefill = LegAreaPrefill.from(Set.of(
                site(Region.BUTTOCK, Side.LEFT),
                site(Region.THIGH_BACK, Side.RIGHT),
                site(Region.CALF, Side.LEFT),
                site(Region.SHIN, Side.RIGHT)));
        assertThat(prefill.areas())
                .containsExactlyInAnyOrder(
                        WpiArea.HIP_LEFT, WpiArea.UPPER_LEG_RIGHT, WpiArea.LOWER_LEG_LEFT, WpiArea.LOWER_LEG_RIGHT);
        assertThat(prefill.usedLegibleChoice()).isFalse();
    }

    @Test
    void a_heel_alone_pre_fills_the_lower_leg_and_says_that_this_is_legibles_choice() {
        LegAreaPrefill.Prefill prefill = LegAreaPrefill.from(Set.of(site(Region.HEEL, Side.LEFT)));
        assertThat(prefill.areas()).containsExactly(WpiArea.LOWER_LEG_LEFT);
        assertThat(prefill.usedLegibleChoice()).isTrue();
    }

    @Test
    void a_foot_site_beside_a_calf_on_the_same_side_needs_no_choice_to_be_shown() {
        LegAreaPrefill.Prefill prefill =
                LegAreaPrefill.from(Set.of(site(Region.SOLE, Side.RIGHT), site(Region.CALF, Side.RIGHT)));
        assertThat(prefill.areas()).containsExactly(WpiArea.LOWER_LEG_RIGHT);
        assertThat(prefill.usedLegibleChoice()).isFalse();
    }

    @Test
    void no_sites_pre_fill_nothing() {
        LegAreaPrefill.Prefill prefill = LegAreaPrefill.from(Set.of());
        assertThat(prefill.areas()).isEmpty();
        assertThat(prefill.usedLegibleChoice()).isFalse();
    }

    @Test
    void every_one_of_the_26_sites_lands_in_a_leg_area_of_its_own_side() {
        for (BodySite site : BodySite.all()) {
            WpiArea area = LegAreaPrefill.area(site);
            assertThat(area.region())
                    .as(site.code())
                    .isEqualTo(
                            site.side() == Side.LEFT ? WpiArea.PainRegion.LEFT_LOWER : WpiArea.PainRegion.RIGHT_LOWER);
        }
    }
}
