package org.legible.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The days of a randomised block experiment (issue 28; docs/statistics.md and its sources): pairs of blocks of equal
 * length, each pair one block of arm A and one of arm B in an order drawn when the experiment starts, so a bad week
 * that happens to come first cannot pass for an effect. "On and off" is one strategy (A) against days without it (B);
 * "A against B" two strategies. The first {@code washoutDays} of each block are recorded but left out of the
 * comparison, so what the last block left behind does not count for this one.
 *
 * @param firstInPair for each pair, the arm of its first block
 */
public record BlockSchedule(LocalDate start, int blockDays, int washoutDays, List<Arm> firstInPair) {

    public enum Arm {
        A,
        B;

        Arm other() {
            return this == A ? B : A;
        }
    }

    public static final int MIN_BLOCK_DAYS = 3;
    public static final int MAX_BLOCK_DAYS = 7;
    public static final int MIN_PAIRS = 2;
    public static final int MAX_PAIRS = 4;

    public BlockSchedule {
        if (blockDays < MIN_BLOCK_DAYS || blockDays > MAX_BLOCK_DAYS) {
            throw new IllegalArgumentException("a block is 3 to 7 days");
        }
        if (firstInPair.size() < MIN_PAIRS || firstInPair.size() > MAX_PAIRS) {
            throw new IllegalArgumentException("2 to 4 pairs");
        }
        if (washoutDays < 0 || washoutDays > blockDays - 2) {
            throw new IllegalArgumentException("at least two days of each block count");
        }
        firstInPair = List.copyOf(firstInPair);
    }

    /** Draws the order of each pair; {@code random} is a secure generator in use, a seeded one in tests. */
    public static BlockSchedule draw(
            LocalDate start, int blockDays, int pairs, int washoutDays, RandomGenerator random) {
        List<Arm> first = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            first.add(random.nextBoolean() ? Arm.A : Arm.B);
        }
        return new BlockSchedule(start, blockDays, washoutDays, first);
    }

    public int pairs() {
        return firstInPair.size();
    }

    public int totalDays() {
        return 2 * pairs() * blockDays;
    }

    public LocalDate lastDay() {
        return start.plusDays(totalDays() - 1L);
    }

    /** Where a day falls: its block (0 first), pair, arm and whether it is a wash-out day. */
    public record Place(int block, int pair, Arm arm, int dayInBlock, boolean washout, LocalDate blockStart) {}

    /** The place of a day of the experiment; empty before its start or after its last day. */
    public Optional<Place> on(LocalDate day) {
        long offset = ChronoUnit.DAYS.between(start, day);
        if (offset < 0 || offset >= totalDays()) {
            return Optional.empty();
        }
        int block = (int) (offset / blockDays);
        int pair = block / 2;
        Arm first = firstInPair.get(pair);
        Arm arm = block % 2 == 0 ? first : first.other();
        int dayInBlock = (int) (offset % blockDays);
        return Optional.of(new Place(
                block, pair, arm, dayInBlock, dayInBlock < washoutDays, start.plusDays((long) block * blockDays)));
    }
}
