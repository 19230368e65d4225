package org.legible.experiments.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.insights.BlockSchedule.Arm;
import org.legible.insights.BlockSchedule.Place;

/**
 * Where a day falls in an experiment: its day number, and for blocks the block it is in. A block's arm is named only
 * from its first day (issue 28), so nothing here looks further ahead than today.
 *
 * @param place null before the start, after the last day, and for the first kind
 */
record Today(Experiment experiment, long day, Place place) {

    /** Null when there is no experiment. */
    static Today of(Experiment experiment, LocalDate today) {
        if (experiment == null) {
            return null;
        }
        long day = ChronoUnit.DAYS.between(experiment.startedOn(), today) + 1;
        Place place = experiment.schedule().flatMap(s -> s.on(today)).orElse(null);
        return new Today(experiment, day, place);
    }

    public boolean notYet() {
        return day < 1;
    }

    public boolean inBlock() {
        return place != null;
    }

    public int blockNumber() {
        return place.block() + 1;
    }

    public int blocks() {
        return 2 * experiment.blocks().pairs();
    }

    public LocalDate blockEnd() {
        return place.blockStart().plusDays(experiment.blocks().blockDays() - 1L);
    }

    public Arm arm() {
        return place.arm();
    }

    /** The strategy today's block asks for; for a block without it in "on and off", the one to leave out. */
    public Strategy strategy() {
        return experiment.strategy(place.arm());
    }

    /** Whether the person says if they followed today's block, as ticking the strategy cannot tell two ways apart. */
    public boolean asksFollowed() {
        return experiment.blocks().asksFollowed();
    }

    /** A block of "on and off" without the strategy. */
    public boolean without() {
        return place.arm() == Arm.B && experiment.blocks().against() == null;
    }
}
