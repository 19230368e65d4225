package org.legible.insights;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.RestlessLegs;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.Sleep;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.CheckInDetails.TriggerMention;
import org.legible.diary.CheckInId;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.diary.Vocabulary.Trigger;
import org.legible.diary.Vocabulary.WokeBy;
import org.legible.support.CheckIns;

/** Small builders for check-ins in insights tests: one line per check-in keeps the hand computations readable. */
public final class Days {

    public static final LocalDate START = LocalDate.of(2026, 10, 1);

    private Days() {}

    public static LocalDate day(int n) {
        return START.plusDays(n);
    }

    public static CheckIn pain(int day, int overall) {
        return checkIn(day, 9, details(day, overall).build());
    }

    public static CheckIn checkIn(int day, int hour, CheckInDetails details) {
        Instant at = day(day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
        return new CheckIn(CheckInId.random(), 1, at, at, details);
    }

    public static Builder details(int day, int overall) {
        return new Builder(day(day), overall);
    }

    public static BodySite site(Region region, Side side) {
        return new BodySite(region, side);
    }

    public static StrategyUse strategy(Strategy strategy, Helped helped) {
        return new StrategyUse(strategy, null, null, null, helped);
    }

    /** The insights tests' shorthand (sites with descriptors, sleep and doses as text) over {@link CheckIns}. */
    public static final class Builder {
        private final CheckIns checkIn;
        private final List<SitePain> sites = new ArrayList<>();

        Builder(LocalDate day, int overall) {
            this.checkIn = CheckIns.on(day, overall);
        }

        public Builder site(BodySite site, int intensity, Descriptor... descriptors) {
            sites.add(new SitePain(site, intensity, Set.of(descriptors)));
            return this;
        }

        public Builder sleep(String hours, Integer quality, WokeBy... woke) {
            checkIn.sleep(new Sleep(hours == null ? null : new BigDecimal(hours), quality, Set.of(woke)));
            return this;
        }

        public Builder fatigue(int value) {
            checkIn.fatigue(value);
            return this;
        }

        public Builder restless(Integer urge, Boolean atRest, Boolean relief, Boolean evening) {
            checkIn.restlessLegs(new RestlessLegs(urge, atRest, relief, evening));
            return this;
        }

        public Builder strategies(StrategyUse... uses) {
            checkIn.strategies(uses);
            return this;
        }

        public Builder medication(String name, String dose, String unit) {
            checkIn.medications(new MedicationUse(name, dose == null ? null : new BigDecimal(dose), unit, null, null));
            return this;
        }

        public Builder at(TimeOfDay time, PainContext... where) {
            checkIn.at(time).when(where);
            return this;
        }

        public Builder triggers(Trigger... named) {
            checkIn.triggers(
                    Arrays.stream(named).map(t -> new TriggerMention(t, null)).toList());
            return this;
        }

        public Builder stiffForMinutes(int minutes) {
            checkIn.morningStiffnessMinutes(minutes);
            return this;
        }

        public Builder moodAndStress(Integer mood, Integer stress) {
            checkIn.moodAndStress(mood, stress);
            return this;
        }

        public Builder inTheWay(int interference) {
            checkIn.interference(interference);
            return this;
        }

        public Builder redFlags(RedFlag... flags) {
            checkIn.redFlags(Set.of(flags));
            return this;
        }

        public CheckInDetails build() {
            return checkIn.sites(sites).details();
        }
    }
}
