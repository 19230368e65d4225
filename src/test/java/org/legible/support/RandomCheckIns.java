package org.legible.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.diary.CheckInDetails;
import org.legible.diary.Limits;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary;

/** Random check-ins the form could have saved, for property tests; the caller's seed makes a failure repeat. */
public final class RandomCheckIns {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz ÄäÖößçñ漢字😀 '-,.";

    private final Random random;
    private final LocalDate today;

    public RandomCheckIns(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    /** A random check-in the form could have saved: every part present or not, every value within its limits. */
    public CheckInDetails next() {
        List<CheckInDetails.SitePain> sites = new ArrayList<>();
        for (BodySite site : BodySite.all()) {
            if (random.nextInt(5) == 0) {
                sites.add(new CheckInDetails.SitePain(site, random.nextInt(11), subset(Descriptor.class)));
            }
        }
        List<CheckInDetails.StrategyUse> strategies = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            boolean own = random.nextBoolean();
            strategies.add(new CheckInDetails.StrategyUse(
                    own ? null : pick(Vocabulary.Strategy.class),
                    own ? text(Limits.NAME_CHARACTERS) : null,
                    random.nextBoolean() ? text(Limits.NAME_CHARACTERS) : null,
                    random.nextBoolean() ? random.nextInt(Limits.MAX_MINUTES + 1) : null,
                    random.nextBoolean() ? pick(Vocabulary.Helped.class) : null));
        }
        List<CheckInDetails.MedicationUse> medications = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            medications.add(new CheckInDetails.MedicationUse(
                    text(Limits.NAME_CHARACTERS),
                    random.nextBoolean() ? decimal(1_000_000, Limits.DOSE_DECIMALS) : null,
                    random.nextBoolean() ? text(Limits.UNIT_CHARACTERS) : null,
                    random.nextBoolean() ? pick(Vocabulary.MedicationSchedule.class) : null,
                    random.nextBoolean() ? pick(Vocabulary.Helped.class) : null));
        }
        List<CheckInDetails.TriggerMention> triggers = new ArrayList<>();
        for (Vocabulary.Trigger trigger : subset(Vocabulary.Trigger.class)) {
            triggers.add(new CheckInDetails.TriggerMention(trigger, null));
        }
        if (random.nextBoolean()) {
            // Commas and semicolons separate one's own triggers, so a name never holds one.
            triggers.add(new CheckInDetails.TriggerMention(
                    null, text(Limits.NAME_CHARACTERS).replaceAll("[,;]", "").strip() + "t"));
        }
        return new CheckInDetails(
                today.minusDays(random.nextInt(20_000)),
                random.nextInt(11),
                random.nextBoolean() ? pick(Vocabulary.TimeOfDay.class) : null,
                subset(Vocabulary.PainContext.class),
                sites,
                new CheckInDetails.Sleep(
                        random.nextBoolean() ? decimal(24, Limits.SLEEP_HOURS_DECIMALS) : null,
                        random.nextBoolean() ? random.nextInt(11) : null,
                        subset(Vocabulary.WokeBy.class)),
                random.nextBoolean() ? random.nextInt(11) : null,
                new CheckInDetails.RestlessLegs(
                        random.nextBoolean() ? random.nextInt(11) : null, bool(), bool(), bool()),
                strategies,
                medications,
                triggers,
                random.nextInt(4) == 0 ? text(Limits.NOTE_CHARACTERS) : null,
                subset(RedFlag.class),
                new CheckInDetails.MoodAndStress(
                        random.nextBoolean() ? random.nextInt(11) : null,
                        random.nextBoolean() ? random.nextInt(11) : null),
                random.nextBoolean() ? random.nextInt(11) : null,
                random.nextBoolean() ? random.nextInt(Limits.MAX_MINUTES + 1) : null,
                List.of());
    }

    private Boolean bool() {
        return random.nextInt(3) == 0 ? null : random.nextBoolean();
    }

    /** A number from 0 to max with up to {@code decimals} places, written as the rules keep it. */
    private BigDecimal decimal(int max, int decimals) {
        BigDecimal value = BigDecimal.valueOf(random.nextLong(max * (long) Math.pow(10, decimals) + 1), decimals)
                .stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Text of 1 to max characters as the rules keep it: no space at either end, no control character. */
    private String text(int max) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(random.nextInt(4) == 0 ? max : Math.min(max, 20));
        while (text.length() < length) {
            int at = random.nextInt(LETTERS.length());
            char c = LETTERS.charAt(at);
            if (Character.isHighSurrogate(c) && at + 1 < LETTERS.length()) {
                if (text.length() + 2 > length) {
                    break;
                }
                text.append(c).append(LETTERS.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        String stripped = text.toString().strip();
        return stripped.isEmpty() ? "x" : stripped;
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>> Set<E> subset(Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (random.nextInt(4) == 0) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
