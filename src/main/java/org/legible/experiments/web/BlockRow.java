package org.legible.experiments.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.insights.BlockSchedule;
import org.legible.insights.BlockSchedule.Arm;
import org.legible.insights.BlockSchedule.Place;

/**
 * One block of an experiment that has begun by today: its number, days and what it asked for ({@code without} for a
 * block of "on and off" without the strategy). Blocks not yet begun stay hidden (issue 28).
 */
record BlockRow(int number, LocalDate from, LocalDate to, Strategy strategy, boolean without) {

    static List<BlockRow> begun(Experiment experiment, LocalDate today) {
        BlockSchedule schedule = experiment.schedule().orElseThrow();
        LocalDate last = experiment.lastDaySoFar(today);
        List<BlockRow> rows = new ArrayList<>();
        for (int block = 0; block < 2 * schedule.pairs(); block++) {
            LocalDate from = schedule.start().plusDays((long) block * schedule.blockDays());
            if (from.isAfter(last)) {
                break;
            }
            Place place = schedule.on(from).orElseThrow();
            boolean onA = place.arm() == Arm.A;
            Strategy against = experiment.blocks().against();
            rows.add(new BlockRow(
                    block + 1,
                    from,
                    from.plusDays(schedule.blockDays() - 1L),
                    onA || against == null ? experiment.strategy() : against,
                    !onA && against == null));
        }
        return rows;
    }
}
