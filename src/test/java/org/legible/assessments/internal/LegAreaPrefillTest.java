package org.legible.assessments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.legible.assessments.WpiArea;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;

/**
 * The leg areas the map suggests for the ACR 2016 screen, which must never nudge the score upward: the WPI has no
 * knee, ankle or foot area (docs/clinical-basis.md, "ACR 2016 screen").
 */
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
        assertThat(prefill.bordering()).isEmpty();
    }

    @Test
    void a_heel_alone_leaves_the_lower_leg_unticked_and_names_the_heel_beside_it() {
        LegAreaPrefill.Prefill prefill = LegAreaPrefill.from(Set.of(site(Region.HEEL, Side.LEFT)));
        assertThat(prefill.areas()).isEmpty();
        assertThat(prefill.bordering()).containsOnlyKeys(WpiArea.LOWER_LEG_LEFT);
        assertThat(prefill.bordering().get(WpiArea.LOWER_LEG_LEFT)).containsExactly(site(Region.HEEL, Side.LEFT));
    }

    @Test
    void knees_ankles_soles_toes_and_the_top_of_the_foot_never_tick_an_area_on_their_own() {
        for (Region region :
                List.of(Region.KNEE_FRONT, Region.KNEE_BACK, Region.ANKLE, Region.FOOT_TOP, Region.SOLE, Region.TOES)) {
            LegAreaPrefill.Prefill prefill = LegAreaPrefill.from(Set.of(site(region, Side.RIGHT)));
            assertThat(prefill.areas()).as(region.code()).isEmpty();
            assertThat(prefill.bordering()).as(region.code()).containsOnlyKeys(WpiArea.LOWER_LEG_RIGHT);
        }
    }

    @Test
    void a_foot_site_beside_a_calf_on_the_same_side_needs_no_prompt_since_the_calf_ticks_it() {
        LegAreaPrefill.Prefill prefill =
                LegAreaPrefill.from(Set.of(site(Region.SOLE, Side.RIGHT), site(Region.CALF, Side.RIGHT)));
        assertThat(prefill.areas()).containsExactly(WpiArea.LOWER_LEG_RIGHT);
        assertThat(prefill.bordering()).isEmpty();
    }

    @Test
    void a_calf_on_one_side_does_not_tick_the_other_sides_lower_leg_for_its_toes() {
        LegAreaPrefill.Prefill prefill =
                LegAreaPrefill.from(Set.of(site(Region.TOES, Side.LEFT), site(Region.CALF, Side.RIGHT)));
        assertThat(prefill.areas()).containsExactly(WpiArea.LOWER_LEG_RIGHT);
        assertThat(prefill.bordering()).containsOnlyKeys(WpiArea.LOWER_LEG_LEFT);
    }

    @Test
    void no_sites_suggest_nothing() {
        LegAreaPrefill.Prefill prefill = LegAreaPrefill.from(Set.of());
        assertThat(prefill.areas()).isEmpty();
        assertThat(prefill.bordering()).isEmpty();
    }

    @Test
    void every_one_of_the_26_sites_lands_in_or_beside_a_leg_area_of_its_own_side() {
        for (BodySite site : BodySite.all()) {
            WpiArea area = LegAreaPrefill.area(site);
            assertThat(area.region())
                    .as(site.code())
                    .isEqualTo(
                            site.side() == Side.LEFT ? WpiArea.PainRegion.LEFT_LOWER : WpiArea.PainRegion.RIGHT_LOWER);
        }
    }
}
