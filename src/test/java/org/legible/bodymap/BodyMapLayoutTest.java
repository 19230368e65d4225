package org.legible.bodymap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BodyMapLayoutTest {

    @Test
    void every_one_of_the_26_sites_is_drawn_exactly_once() {
        List<BodyMapLayout.Shape> shapes = BodyMapLayout.shapes();
        Set<BodySite> drawn = new HashSet<>();
        shapes.forEach(shape ->
                assertThat(drawn.add(shape.site())).as(shape.site().code()).isTrue());
        assertThat(drawn).hasSize(26).containsExactlyInAnyOrderElementsOf(BodySite.all());
    }

    @Test
    void every_target_is_at_least_44_css_pixels_each_way_on_a_390_pixel_phone() {
        // The map fills the page's width less its 1rem padding on each side: 358 px for 400 units.
        double scale = (390.0 - 32) / 400.0;
        for (BodyMapLayout.Shape shape : BodyMapLayout.shapes()) {
            assertThat(shape.width() * scale).as(shape.site().code()).isGreaterThanOrEqualTo(44);
            assertThat(shape.height() * scale).as(shape.site().code()).isGreaterThanOrEqualTo(44);
        }
    }

    @Test
    void keyboard_order_follows_the_body_the_left_leg_top_to_bottom_then_the_right() {
        List<String> order =
                BodyMapLayout.shapes().stream().map(s -> s.site().code()).toList();
        assertThat(order.subList(0, 13)).allMatch(code -> code.endsWith("-left"));
        assertThat(order.subList(13, 26)).allMatch(code -> code.endsWith("-right"));
        assertThat(order.subList(0, 13))
                .containsSubsequence(
                        "hip-left", "thigh_front-left", "knee_front-left", "shin-left", "ankle-left", "toes-left")
                .containsSubsequence("buttock-left", "thigh_back-left", "calf-left", "heel-left");
    }

    @Test
    void each_region_is_drawn_as_an_outline_inside_its_own_target() {
        for (BodyMapLayout.Shape shape : BodyMapLayout.shapes()) {
            assertThat(shape.path()).as(shape.site().code()).startsWith("M").endsWith("Z");
            java.util.regex.Matcher numbers =
                    java.util.regex.Pattern.compile("(-?[\\d.]+),(-?[\\d.]+)").matcher(shape.path());
            while (numbers.find()) {
                double x = Double.parseDouble(numbers.group(1));
                assertThat(x).as(shape.site().code()).isBetween(shape.x() - 1.0, shape.x() + shape.width() + 1.0);
            }
        }
    }

    @Test
    void no_two_targets_overlap() {
        List<BodyMapLayout.Shape> shapes = BodyMapLayout.shapes();
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                BodyMapLayout.Shape a = shapes.get(i);
                BodyMapLayout.Shape b = shapes.get(j);
                boolean apart = a.x() + a.width() <= b.x()
                        || b.x() + b.width() <= a.x()
                        || a.y() + a.height() <= b.y()
                        || b.y() + b.height() <= a.y();
                assertThat(apart).as(a.site().code() + " vs " + b.site().code()).isTrue();
            }
        }
    }

    @Test
    void the_front_picture_shows_the_right_leg_on_the_viewers_left_and_the_back_picture_the_opposite() {
        assertThat(BodyMapLayout.legCentre(Region.View.FRONT, Side.RIGHT))
                .isLessThan(BodyMapLayout.legCentre(Region.View.FRONT, Side.LEFT));
        assertThat(BodyMapLayout.legCentre(Region.View.BACK, Side.LEFT))
                .isLessThan(BodyMapLayout.legCentre(Region.View.BACK, Side.RIGHT));
    }
}
