package org.legible.experiments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.insights.BlockSchedule;
import org.legible.insights.BlockSchedule.Arm;

/**
 * One personal experiment: the strategy, the first day, how many days it is planned for, the day it was stopped early
 * (null while it runs or once it has run its course), and for a randomised block design its blocks (null for the
 * first kind, every day against the days before).
 */
public record Experiment(
        String id,
        Strategy strategy,
        LocalDate startedOn,
        int days,
        LocalDate endedOn,
        Instant createdAt,
        Blocks blocks) {

    /** Two, three or four weeks: long enough for a comparison, short enough to keep going. */
    public static final List<Integer> LENGTHS = List.of(14, 21, 28);

    /** How the days are compared. */
    public enum Design {
        /** The strategy every day, against the same number of days before (issue 7). */
        BEFORE_AND_AFTER("before-after"),
        /** Blocks with the strategy and blocks without, in pairs in an order drawn at random (issue 28). */
        ON_AND_OFF("on-off"),
        /** Blocks of one strategy and blocks of another, likewise. */
        A_AGAINST_B("a-against-b");

        private final String code;

        Design(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Design> of(String code) {
            for (Design design : values()) {
                if (design.code.equals(code)) {
                    return Optional.of(design);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A randomised block design: the other strategy (null for on and off), the length of each block, the wash-out
     * days at the start of each, the arm of each pair's first block as drawn when it started, and for A against B the
     * way of each arm where the person named one ("150 mg at night"), null otherwise.
     */
    public record Blocks(
            Strategy against, int blockDays, int washoutDays, List<Arm> firstInPair, String wayA, String wayB) {

        /** The most characters of a way. */
        public static final int WAY_CHARACTERS = 80;

        public Blocks {
            firstInPair = List.copyOf(firstInPair);
            if (against == null && (wayA != null || wayB != null)) {
                throw new IllegalArgumentException("ways are for A against B");
            }
            for (String way : new String[] {wayA, wayB}) {
                if (way != null && (way.isBlank() || way.length() > WAY_CHARACTERS || !way.equals(way.strip()))) {
                    throw new IllegalArgumentException("a way is 1 to " + WAY_CHARACTERS + " characters");
                }
            }
        }

        public Blocks(Strategy against, int blockDays, int washoutDays, List<Arm> firstInPair) {
            this(against, blockDays, washoutDays, firstInPair, null, null);
        }

        /**
         * Whether the person says each day if they followed the block: where a way is named, ticking the strategy
         * cannot tell which way was followed.
         */
        public boolean asksFollowed() {
            return wayA != null || wayB != null;
        }

        /** The way of an arm, or null. */
        public String way(Arm arm) {
            return arm == Arm.A ? wayA : wayB;
        }

        public int pairs() {
            return firstInPair.size();
        }

        /** The days of the experiment that starts on {@code start}. */
        public BlockSchedule schedule(LocalDate start) {
            return new BlockSchedule(start, blockDays, washoutDays, firstInPair);
        }
    }

    public Experiment {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(startedOn, "startedOn");
        if (blocks == null && !LENGTHS.contains(days)) {
            throw new IllegalArgumentException("days must be one of " + LENGTHS);
        }
        if (blocks != null && days != blocks.schedule(startedOn).totalDays()) {
            throw new IllegalArgumentException("days must be those of the blocks");
        }
        if (blocks != null && blocks.against() == strategy && !differentWays(blocks.wayA(), blocks.wayB())) {
            throw new IllegalArgumentException("A against B needs two strategies, or two ways of one");
        }
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw new IllegalArgumentException("ended before it started");
        }
    }

    /** Two ways of one strategy are told apart by their names, whatever their case. */
    public static boolean differentWays(String a, String b) {
        return a != null && b != null && !a.equalsIgnoreCase(b);
    }

    /** The first kind: the strategy every day for {@code days}, against the days before. */
    public Experiment(
            String id, Strategy strategy, LocalDate startedOn, int days, LocalDate endedOn, Instant createdAt) {
        this(id, strategy, startedOn, days, endedOn, createdAt, null);
    }

    /** The strategy of an arm: A's, or B's (for on and off, the one B's blocks leave out). */
    public Strategy strategy(Arm arm) {
        return arm == Arm.B && blocks != null && blocks.against() != null ? blocks.against() : strategy;
    }

    public Design design() {
        if (blocks == null) {
            return Design.BEFORE_AND_AFTER;
        }
        return blocks.against() == null ? Design.ON_AND_OFF : Design.A_AGAINST_B;
    }

    /** The days of its blocks; empty for the first kind. */
    public Optional<BlockSchedule> schedule() {
        return blocks == null ? Optional.empty() : Optional.of(blocks.schedule(startedOn));
    }

    /** The same experiment under another id. */
    public Experiment withId(String newId) {
        return new Experiment(newId, strategy, startedOn, days, endedOn, createdAt, blocks);
    }

    /** The planned last day. */
    public LocalDate plannedLastDay() {
        return startedOn.plusDays(days - 1L);
    }

    /** The last day that counts so far: the planned last day, the day it was stopped, or today. */
    public LocalDate lastDaySoFar(LocalDate today) {
        LocalDate last = endedOn != null && endedOn.isBefore(plannedLastDay()) ? endedOn : plannedLastDay();
        return today.isBefore(last) ? today : last;
    }

    /** Still running on this day, or planned to start later: not stopped and not past its planned last day. */
    public boolean runningOn(LocalDate today) {
        return endedOn == null && !today.isAfter(plannedLastDay());
    }

    /** Planned for a later day than this one. */
    public boolean startsAfter(LocalDate today) {
        return startedOn.isAfter(today);
    }
}
