package org.legible.insights.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.diary.Vocabulary.WokeBy;
import org.legible.insights.Comparison;
import org.legible.insights.DaySummary;
import org.legible.insights.RedFlagMention;
import org.legible.insights.RegionGroup;
import org.legible.insights.SleepAndPain;
import org.legible.insights.WhenItHurts;
import org.legible.insights.patterns.DiarySigns;
import org.legible.insights.patterns.PatternFacts;

/** Counts the {@link PatternFacts} of one period from its check-ins and the comparisons already made for the page. */
final class DiaryFacts {

    /** What wakes a person because of their legs; "something else" is not counted. */
    private static final Set<WokeBy> LEG_REASONS = EnumSet.of(WokeBy.LEG_PAIN, WokeBy.CRAMPS, WokeBy.RESTLESS_LEGS);

    private DiaryFacts() {}

    static PatternFacts count(
            List<CheckIn> checkIns,
            List<DaySummary> days,
            WhenItHurts when,
            SleepAndPain sleep,
            List<RedFlagMention> redFlags) {
        Set<LocalDate> feetNeuropathic = new HashSet<>();
        Set<LocalDate> morningHeel = new HashSet<>();
        Set<LocalDate> morningStiff = new HashSet<>();
        Set<LocalDate> swollen = new HashSet<>();
        Set<LocalDate> brokenNights = new HashSet<>();
        Map<LocalDate, Integer> stiffMinutes = new HashMap<>();
        for (CheckIn checkIn : checkIns) {
            CheckInDetails d = checkIn.details();
            if (d.morningStiffnessMinutes() != null) {
                stiffMinutes.merge(d.diaryDay(), d.morningStiffnessMinutes(), Math::max);
            }
            if (d.sleep().wokeBy().stream().anyMatch(LEG_REASONS::contains)) {
                brokenNights.add(d.diaryDay());
            }
            boolean morning = d.timeOfDay() == TimeOfDay.MORNING;
            boolean onFeet =
                    d.contexts().contains(PainContext.STANDING) || d.contexts().contains(PainContext.WALKING);
            for (SitePain pain : d.sites()) {
                boolean foot = RegionGroup.of(pain.site().region()) == RegionGroup.ANKLES_AND_FEET;
                if (foot && pain.descriptors().stream().anyMatch(Descriptor::neuropathicType)) {
                    feetNeuropathic.add(d.diaryDay());
                }
                if (morning && onFeet && pain.site().region() == Region.HEEL && pain.intensity() > 0) {
                    morningHeel.add(d.diaryDay());
                }
                if (morning && pain.descriptors().contains(Descriptor.STIFFNESS)) {
                    morningStiff.add(d.diaryDay());
                }
                if (pain.descriptors().contains(Descriptor.SWOLLEN_FEELING)) {
                    swollen.add(d.diaryDay());
                }
            }
        }
        return new PatternFacts(
                days.size(),
                feetNeuropathic.size(),
                (int) days.stream()
                        .filter(day ->
                                day.restlessFeaturesAllYes() && day.restlessUrge() != null && day.restlessUrge() > 0)
                        .count(),
                morningHeel.size(),
                morningStiff.size(),
                swollen.size(),
                redFlags.stream().anyMatch(m -> m.flag() == RedFlag.HOT_SWOLLEN_JOINT),
                when.onTheMove(),
                worseOf(sleep.shorterNights(), sleep.poorerNights()),
                sleep.nightsAnswered(),
                brokenNights.size(),
                timed(stiffMinutes.values()));
    }

    private static PatternFacts.TimedStiffness timed(Collection<Integer> longestEachMorning) {
        return new PatternFacts.TimedStiffness(
                longestEachMorning.size(),
                (int) longestEachMorning.stream()
                        .filter(m -> m >= DiarySigns.LONG_STIFFNESS_MINUTES)
                        .count(),
                (int) longestEachMorning.stream()
                        .filter(m -> m <= DiarySigns.SHORT_STIFFNESS_MINUTES)
                        .count());
    }

    /** The larger of the two sleep comparisons, so either short or poor nights can carry the pattern. */
    private static Optional<Comparison> worseOf(Optional<Comparison> a, Optional<Comparison> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().difference() >= b.get().difference() ? a : b;
    }
}
