package org.legible.experiments.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.legible.experiments.Experiment;
import org.legible.insights.BlockSchedule;
import org.legible.insights.BlockSchedule.Arm;

/** One block of an experiment that has begun by today: its number, days and arm. Blocks not yet begun stay hidden. */
record BlockRow(int number, LocalDate from, LocalDate to, Arm arm) {

    static List<BlockRow> begun(Experiment experiment, LocalDate today) {
        BlockSchedule schedule = experiment.schedule().orElseThrow();
        LocalDate last = experiment.lastDaySoFar(today);
        List<BlockRow> rows = new ArrayList<>();
        for (int block = 0; block < 2 * schedule.pairs(); block++) {
            LocalDate from = schedule.start().plusDays((long) block * schedule.blockDays());
            if (from.isAfter(last)) {
                break;
            }
            Arm arm = schedule.on(from).orElseThrow().arm();
            rows.add(new BlockRow(block + 1, from, from.plusDays(schedule.blockDays() - 1L), arm));
        }
        return rows;
    }
}
