package org.legible.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.insights.Days.checkIn;
import static org.legible.insights.Days.details;
import static org.legible.insights.Days.site;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckIn;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.diary.Vocabulary.WokeBy;
import org.legible.insights.DaySummaries;
import org.legible.insights.DaySummary;
import org.legible.insights.SleepAndPain;
import org.legible.insights.WhenItHurts;
import org.legible.insights.patterns.PatternFacts;

class DiaryFactsTest {

    private static PatternFacts facts(List<CheckIn> checkIns) {
        List<DaySummary> days = DaySummaries.of(checkIns);
        return DiaryFacts.count(
                checkIns,
                days,
                WhenItHurts.of(checkIns),
                SleepAndPain.of(days, checkIns),
                RedFlagMentions.of(checkIns));
    }

    @Test
    void countsDaysNotCheckInsAndOnlyWhatEachRuleLooksFor() {
        List<CheckIn> checkIns = List.of(
                // Day 0: morning, walking, heel and burning sole, stiff knee; evening again with burning: one day each.
                checkIn(
                        0,
                        8,
                        details(0, 5)
                                .at(TimeOfDay.MORNING, PainContext.WALKING)
                                .site(site(Region.HEEL, Side.LEFT), 6, Descriptor.STABBING)
                                .site(site(Region.SOLE, Side.LEFT), 4, Descriptor.BURNING)
                                .site(site(Region.KNEE_FRONT, Side.LEFT), 3, Descriptor.STIFFNESS)
                                .build()),
                checkIn(
                        0,
                        20,
                        details(0, 5)
                                .at(TimeOfDay.EVENING, PainContext.AT_REST)
                                .site(site(Region.SOLE, Side.LEFT), 4, Descriptor.BURNING)
                                .build()),
                // Day 1: heel in the morning but sitting (not on the feet); burning in the thigh (not the feet).
                checkIn(
                        1,
                        8,
                        details(1, 5)
                                .at(TimeOfDay.MORNING, PainContext.SITTING)
                                .site(site(Region.HEEL, Side.RIGHT), 6)
                                .site(site(Region.THIGH_BACK, Side.RIGHT), 6, Descriptor.BURNING)
                                .build()),
                // Day 2: stiffness in the afternoon (not morning), feels swollen; restless criteria all yes.
                checkIn(
                        2,
                        14,
                        details(2, 5)
                                .at(TimeOfDay.AFTERNOON)
                                .site(
                                        site(Region.ANKLE, Side.LEFT),
                                        3,
                                        Descriptor.STIFFNESS,
                                        Descriptor.SWOLLEN_FEELING)
                                .restless(4, true, true, true)
                                .build()),
                // Day 3: all three features but no urge; day 4: urge with one feature unanswered.
                checkIn(3, 9, details(3, 2).restless(0, true, true, true).build()),
                checkIn(4, 9, details(4, 2).restless(6, true, null, true).build()));

        PatternFacts facts = facts(checkIns);

        assertThat(facts.daysObserved()).isEqualTo(5);
        assertThat(facts.feetNeuropathicDays()).isEqualTo(1);
        assertThat(facts.morningHeelOnFeetDays()).isEqualTo(1);
        assertThat(facts.morningStiffnessDays()).isEqualTo(1);
        assertThat(facts.swollenFeelingDays()).isEqualTo(1);
        assertThat(facts.restlessCriteriaDays()).isEqualTo(1);
        assertThat(facts.hotSwollenJointReported()).isFalse();
        assertThat(facts.onTheMove()).isEmpty();
        assertThat(facts.afterShortOrPoorNights()).isEmpty();
    }

    @Test
    void aHotSwollenJointRedFlagIsSeen() {
        CheckIn flagged =
                checkIn(0, 9, details(0, 4).redFlags(RedFlag.HOT_SWOLLEN_JOINT).build());

        assertThat(facts(List.of(flagged)).hotSwollenJointReported()).isTrue();
    }

    @Test
    void timedStiffnessCountsEachMorningOnceByItsLongestAnswer() {
        List<CheckIn> checkIns = List.of(
                // Day 0 answered twice (an import can hold both): its longest, 75, is an hour or more.
                checkIn(0, 7, details(0, 4).stiffForMinutes(20).build()),
                checkIn(0, 9, details(0, 4).stiffForMinutes(75).build()),
                // Exactly an hour counts as an hour or more; exactly 30 as 30 or less; 45 as neither.
                checkIn(1, 8, details(1, 4).stiffForMinutes(60).build()),
                checkIn(2, 8, details(2, 4).stiffForMinutes(30).build()),
                checkIn(3, 8, details(3, 4).stiffForMinutes(45).build()),
                checkIn(4, 8, details(4, 4).stiffForMinutes(0).build()),
                checkIn(5, 8, details(5, 4).build()));

        assertThat(facts(checkIns).timedStiffness()).isEqualTo(new PatternFacts.TimedStiffness(5, 2, 2));
    }

    @Test
    void nightsWokenByTheLegsCountOncePerNightAndSomethingElseDoesNotCount() {
        List<CheckIn> checkIns = List.of(
                checkIn(
                        0,
                        8,
                        details(0, 4)
                                .sleep("6", 5, WokeBy.CRAMPS, WokeBy.LEG_PAIN)
                                .build()),
                checkIn(0, 20, details(0, 4).sleep("6", 5, WokeBy.RESTLESS_LEGS).build()),
                checkIn(1, 8, details(1, 4).sleep("7", 6, WokeBy.OTHER).build()),
                checkIn(2, 8, details(2, 4).sleep("7", 6).build()),
                checkIn(3, 8, details(3, 4).build()));

        PatternFacts facts = facts(checkIns);

        assertThat(facts.nightsAnswered()).isEqualTo(3);
        assertThat(facts.nightsWokenByLegs()).isEqualTo(1);
    }
}
