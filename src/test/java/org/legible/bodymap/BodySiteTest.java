package org.legible.bodymap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodySiteTest {

    @Test
    void a_site_code_names_the_region_then_the_side_and_reads_back() {
        BodySite heel = new BodySite(Region.HEEL, Side.LEFT);
        assertThat(heel.code()).isEqualTo("heel-left");
        assertThat(BodySite.fromCode("thigh_front-right")).contains(new BodySite(Region.THIGH_FRONT, Side.RIGHT));
        BodySite.all()
                .forEach(site -> assertThat(BodySite.fromCode(site.code())).contains(site));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "heel", "heel-", "-left", "heel-middle", "elbow-left", "HEEL-LEFT", "heel-left-x"})
    void anything_else_is_not_a_site(String code) {
        assertThat(BodySite.fromCode(code)).isEmpty();
    }

    @Test
    void knee_ankle_and_foot_regions_only_border_the_lower_leg_wpi_area_and_lie_in_none() {
        assertThat(Region.HEEL.wpiArea()).isEqualTo(WpiArea.LOWER_LEG);
        assertThat(Region.HEEL.insideWpiArea()).isFalse();
        assertThat(Region.KNEE_BACK.insideWpiArea()).isFalse();
        assertThat(Region.ANKLE.insideWpiArea()).isFalse();
        assertThat(Region.CALF.insideWpiArea()).isTrue();
        assertThat(Region.SHIN.insideWpiArea()).isTrue();
        assertThat(Region.BUTTOCK.wpiArea()).isEqualTo(WpiArea.HIP);
        assertThat(Region.THIGH_BACK.wpiArea()).isEqualTo(WpiArea.UPPER_LEG);
    }

    @Test
    void the_neuropathic_type_descriptors_are_exactly_the_six_of_the_product_brief() {
        assertThat(java.util.Arrays.stream(Descriptor.values()).filter(Descriptor::neuropathicType))
                .containsExactlyInAnyOrder(
                        Descriptor.BURNING,
                        Descriptor.ELECTRIC,
                        Descriptor.TINGLING,
                        Descriptor.NUMBNESS,
                        Descriptor.CRAWLING,
                        Descriptor.COLD);
    }
}
