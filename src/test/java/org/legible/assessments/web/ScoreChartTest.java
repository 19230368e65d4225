package org.legible.assessments.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart places each score where the table says it is: by day along, by value up. */
class ScoreChartTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void points_are_spread_by_date_and_placed_by_value_on_the_fixed_scale() {
        ScoreChart chart = ScoreChart.of(
                List.of(
                        new ScoreChart.Value(START, BigDecimal.ZERO),
                        new ScoreChart.Value(START.plusDays(10), new BigDecimal("31")),
                        new ScoreChart.Value(START.plusDays(40), new BigDecimal("15.5"))),
                0,
                31,
                ScoreHistoryController.psdBands());
        List<ScoreChart.Point> points = chart.getPoints();
        double left = ScoreChart.LEFT;
        double right = ScoreChart.WIDTH - ScoreChart.RIGHT;
        double top = ScoreChart.TOP;
        double bottom = ScoreChart.HEIGHT - ScoreChart.BOTTOM;
        assertThat(points.get(0).x()).isEqualTo(left);
        assertThat(points.get(2).x()).isEqualTo(right);
        assertThat(points.get(1).x()).isCloseTo(left + (right - left) / 4, org.assertj.core.data.Offset.offset(0.1));
        assertThat(points.get(0).y()).isEqualTo(bottom);
        assertThat(points.get(1).y()).isEqualTo(top);
        assertThat(points.get(2).y()).isCloseTo((top + bottom) / 2, org.assertj.core.data.Offset.offset(0.1));
        assertThat(chart.getLine().split(" ")).hasSize(3);
    }

    @Test
    void the_five_psd_bands_stack_without_gaps_from_the_bottom_to_the_top() {
        ScoreChart chart = ScoreChart.of(List.of(), 0, 31, ScoreHistoryController.psdBands());
        List<ScoreChart.BandArea> bands = chart.getBands();
        assertThat(bands).hasSize(5);
        assertThat(bands.get(0).y() + bands.get(0).height()).isEqualTo(ScoreChart.HEIGHT - ScoreChart.BOTTOM);
        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i).y() + bands.get(i).height())
                    .isCloseTo(bands.get(i - 1).y(), org.assertj.core.data.Offset.offset(0.2));
        }
        assertThat(bands.get(4).y()).isEqualTo(ScoreChart.TOP);
        assertThat(bands.get(4).labelKey()).isEqualTo("assessment.psd.band.VERY_SEVERE");
    }

    @Test
    void a_single_score_sits_in_the_middle_and_a_fitted_scale_includes_zero_and_negative_values() {
        ScoreChart one = ScoreChart.of(List.of(new ScoreChart.Value(START, BigDecimal.TEN)), 0, 100, List.of());
        assertThat(one.getPoints().get(0).x())
                .isEqualTo(ScoreChart.LEFT + (ScoreChart.WIDTH - ScoreChart.LEFT - ScoreChart.RIGHT) / 2.0);
        ScoreChart fitted = ScoreChart.fitted(List.of(
                new ScoreChart.Value(START, new BigDecimal("-1")), new ScoreChart.Value(START, new BigDecimal("38"))));
        assertThat(fitted.getRange()).isEqualTo("-1–38");
    }
}
