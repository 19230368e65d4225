package org.legible.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.RestlessLegs;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.Sleep;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.CheckInDetails.TriggerMention;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.MedicationSchedule;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.diary.Vocabulary.Trigger;

/**
 * Generates a demo person's diary: a morning and an evening check-in a day, oldest first. What is planted:
 *
 * <ul>
 *   <li>burning soles and tingling toes most evenings, and evening pain about {@value #EVENING_EXTRA} points above
 *       the morning's;
 *   <li>every two to three weeks a run of two or three short, poor nights, and pain about {@value #AFTER_POOR_NIGHTS}
 *       points higher on the days after them (flares);
 *   <li>heat on about half the days, chosen at random, with evening pain {@value #HEAT_RELIEF} points lower.
 * </ul>
 *
 * Everything else is noise that does not depend on anything: where the person was (sitting, resting, standing,
 * walking), stretching on some days, a low urge to move without the restless-legs features, a daily medication. So
 * the insights should find the three planted patterns and nothing about activity, restless legs, heels or joints.
 * The same seed always gives the same diary.
 */
public final class DemoDiary {

    static final double EVENING_EXTRA = 3.0;
    static final double AFTER_POOR_NIGHTS = 3.0;
    static final double HEAT_RELIEF = 2.0;
    public static final int DEFAULT_DAYS = 120;
    /** The first seed; its diary shows no chance finding either (see DemoDiaryPatternsTest for other seeds). */
    public static final long DEFAULT_SEED = 1L;

    private static final PainContext[] ANYWHERE = {
        PainContext.SITTING, PainContext.AT_REST, PainContext.STANDING, PainContext.WALKING
    };

    private DemoDiary() {}

    /** {@code days} diary days ending with {@code lastDay}, two check-ins each. */
    public static List<CheckInDetails> generate(LocalDate lastDay, int days, long seed) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<CheckInDetails> checkIns = new ArrayList<>(days * 2);
        LocalDate first = lastDay.minusDays(days - 1L);
        int nextPoorRun = 12 + random.nextInt(6);
        int poorNightsLeft = 0;
        int daysAfterPoor = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            boolean poorNight = false;
            if (i == nextPoorRun) {
                poorNightsLeft = 2 + random.nextInt(2);
                nextPoorRun = i + 14 + random.nextInt(8);
            }
            if (poorNightsLeft > 0) {
                poorNight = true;
                poorNightsLeft--;
                daysAfterPoor = 1;
            } else if (daysAfterPoor > 0) {
                // The pain outlasts the poor nights by a day.
                daysAfterPoor--;
            }
            boolean afterPoor = poorNight || daysAfterPoor > 0;
            boolean heat = random.nextBoolean();
            boolean stretching = random.nextInt(10) < 4;
            double base = 3.0 + random.nextDouble() * 1.5 + (afterPoor ? AFTER_POOR_NIGHTS : 0);
            int morning = score(base + noise(random));
            int evening = score(base + EVENING_EXTRA - (heat ? HEAT_RELIEF : 0) + noise(random));
            Sleep sleep = poorNight
                    ? new Sleep(hours(3.5 + random.nextDouble() * 1.5), 1 + random.nextInt(3), Set.of())
                    : new Sleep(hours(6.5 + random.nextDouble() * 1.5), 5 + random.nextInt(4), Set.of());
            checkIns.add(new CheckInDetails(
                    day,
                    morning,
                    TimeOfDay.MORNING,
                    Set.of(ANYWHERE[random.nextInt(ANYWHERE.length)]),
                    morningSites(random, morning),
                    sleep,
                    score(morning + 1 + noise(random)),
                    new RestlessLegs(random.nextInt(3), null, null, null),
                    stretching ? List.of(new StrategyUse(Strategy.STRETCHING, null, null, 10, null)) : List.of(),
                    List.of(),
                    poorNight ? List.of(new TriggerMention(Trigger.POOR_SLEEP, null)) : List.of(),
                    null));
            checkIns.add(new CheckInDetails(
                    day,
                    evening,
                    TimeOfDay.EVENING,
                    Set.of(ANYWHERE[random.nextInt(ANYWHERE.length)]),
                    eveningSites(random, evening),
                    Sleep.NONE,
                    score(evening + 1 + noise(random)),
                    new RestlessLegs(random.nextInt(3), null, null, null),
                    heat
                            ? List.of(new StrategyUse(
                                    Strategy.HEAT,
                                    null,
                                    "warm foot bath",
                                    20,
                                    random.nextBoolean() ? Helped.A_LOT : Helped.A_LITTLE))
                            : List.of(),
                    List.of(new MedicationUse(
                            "Pregabalin", new BigDecimal("75"), "mg", MedicationSchedule.SCHEDULED, null)),
                    List.of(),
                    null));
        }
        return checkIns;
    }

    private static List<SitePain> morningSites(SplittableRandom random, int pain) {
        List<SitePain> sites = new ArrayList<>();
        sites.add(site(Region.CALF, Side.LEFT, pain, Descriptor.ACHING));
        sites.add(site(Region.CALF, Side.RIGHT, pain, Descriptor.ACHING, Descriptor.HEAVINESS));
        if (random.nextInt(10) < 3) {
            sites.add(site(Region.SOLE, Side.LEFT, pain, Descriptor.BURNING));
        }
        return sites;
    }

    private static List<SitePain> eveningSites(SplittableRandom random, int pain) {
        List<SitePain> sites = new ArrayList<>();
        sites.add(site(Region.THIGH_FRONT, Side.RIGHT, pain - 1, Descriptor.ACHING));
        if (random.nextInt(10) < 8) {
            sites.add(site(Region.SOLE, Side.LEFT, pain, Descriptor.BURNING));
            sites.add(site(Region.SOLE, Side.RIGHT, pain, Descriptor.BURNING));
            sites.add(site(Region.TOES, Side.LEFT, pain - 1, Descriptor.TINGLING));
        } else {
            sites.add(site(Region.CALF, Side.LEFT, pain, Descriptor.ACHING, Descriptor.CRAMPING));
        }
        return sites;
    }

    private static SitePain site(Region region, Side side, int intensity, Descriptor... descriptors) {
        return new SitePain(new BodySite(region, side), Math.max(1, Math.min(10, intensity)), Set.of(descriptors));
    }

    private static double noise(SplittableRandom random) {
        return random.nextDouble() * 2 - 1;
    }

    private static int score(double value) {
        return (int) Math.max(0, Math.min(10, Math.round(value)));
    }

    private static BigDecimal hours(double value) {
        // Whole and half hours, as people write them.
        return BigDecimal.valueOf(Math.round(value * 2) / 2.0).stripTrailingZeros();
    }
}
