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
    void every_target_stays_above_24_css_pixels_on_a_360_pixel_phone() {
        double scale = 360.0 / 400.0;
        for (BodyMapLayout.Shape shape : BodyMapLayout.shapes()) {
            assertThat(shape.width() * scale).as(shape.site().code()).isGreaterThanOrEqualTo(24);
            assertThat(shape.height() * scale).as(shape.site().code()).isGreaterThanOrEqualTo(24);
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
