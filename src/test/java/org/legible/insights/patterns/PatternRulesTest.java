package org.legible.insights.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.legible.insights.Comparison;

/** Each rule against the answers that should and should not fire it, including the borderline ones. */
class PatternRulesTest {

    private static final PatternFacts.TimedStiffness NO_TIMES = PatternFacts.TimedStiffness.NONE;

    /** Nothing recorded but the number of days: no rule may fire on missing answers. */
    private static final PatternFacts NOTHING =
            new PatternFacts(30, 0, 0, 0, 0, 0, false, Optional.empty(), Optional.empty(), 0, 0, NO_TIMES);

    private static PatternFacts facts(
            int days, int feet, int restless, int heel, int stiff, int swollen, boolean hotJoint) {
        return new PatternFacts(
                days,
                feet,
                restless,
                heel,
                stiff,
                swollen,
                hotJoint,
                Optional.empty(),
                Optional.empty(),
                0,
                0,
                NO_TIMES);
    }

    private static Signs signs(int days, int feet, int restless, int heel, int stiff, int swollen, boolean hotJoint) {
        return new DiarySigns(facts(days, feet, restless, heel, stiff, swollen, hotJoint));
    }

    private static Comparison higher(double difference, double low) {
        return new Comparison(10, 10, 5 + difference, 5, difference, low, difference + 1);
    }

    @Test
    void nothingRecordedExplainsNothing() {
        assertThat(Explanations.of(NOTHING)).isEmpty();
        assertThat(Explanations.of(
                        new PatternFacts(0, 0, 0, 0, 0, 0, false, Optional.empty(), Optional.empty(), 0, 0, NO_TIMES)))
                .isEmpty();
    }

    @Nested
    class SmallFibre {
        private final SmallFibreRule rule = new SmallFibreRule();

        @Test
        void firesOnHalfTheDaysWithAtLeastSeven() {
            Explanation explanation =
                    rule.explain(signs(14, 7, 0, 0, 0, 0, false)).orElseThrow();
            assertThat(explanation.mechanism()).isEqualTo(Mechanism.SMALL_FIBRE);
            assertThat(explanation.evidence())
                    .containsExactly(new Evidence("pattern.small_fibre.evidence", List.of(7, 14)));
        }

        @Test
        void staysQuietUnderHalfOrUnderSevenDays() {
            assertThat(rule.explain(signs(15, 7, 0, 0, 0, 0, false))).isEmpty();
            assertThat(rule.explain(signs(6, 6, 0, 0, 0, 0, false))).isEmpty();
        }
    }

    @Nested
    class RestlessLegs {
        private final RestlessLegsRule rule = new RestlessLegsRule();

        @Test
        void firesOnThreeDaysWithAllFourCriteria() {
            assertThat(rule.explain(signs(30, 0, 3, 0, 0, 0, false))
                            .orElseThrow()
                            .evidence())
                    .containsExactly(new Evidence("pattern.restless_legs.evidence", List.of(3)));
        }

        @Test
        void staysQuietOnTwoDays() {
            assertThat(rule.explain(signs(30, 0, 2, 0, 0, 0, false))).isEmpty();
        }
    }

    @Nested
    class PlantarHeel {
        private final PlantarHeelRule rule = new PlantarHeelRule();

        @Test
        void firesOnFiveMorningsOnTheFeet() {
            assertThat(rule.explain(signs(30, 0, 0, 5, 0, 0, false))
                            .orElseThrow()
                            .mechanism())
                    .isEqualTo(Mechanism.PLANTAR_HEEL);
        }

        @Test
        void staysQuietOnFour() {
            assertThat(rule.explain(signs(30, 0, 0, 4, 0, 0, false))).isEmpty();
        }
    }

    @Nested
    class InflammatoryArthritis {
        private final InflammatoryArthritisRule rule = new InflammatoryArthritisRule();

        @Test
        void firesOnMorningStiffnessWithSwelling() {
            assertThat(rule.explain(signs(30, 0, 0, 0, 5, 3, false))
                            .orElseThrow()
                            .evidence())
                    .containsExactly(
                            new Evidence("pattern.inflammatory_arthritis.evidence.stiff", List.of(5)),
                            new Evidence("pattern.inflammatory_arthritis.evidence.swollen", List.of(3)),
                            new Evidence("pattern.inflammatory_arthritis.evidence.diaryCannotTell", List.of()));
        }

        @Test
        void aHotSwollenJointStandsInForTheSwelling() {
            assertThat(rule.explain(signs(30, 0, 0, 0, 5, 0, true))
                            .orElseThrow()
                            .evidence())
                    .containsExactly(
                            new Evidence("pattern.inflammatory_arthritis.evidence.stiff", List.of(5)),
                            new Evidence("pattern.inflammatory_arthritis.evidence.hotJoint", List.of()),
                            new Evidence("pattern.inflammatory_arthritis.evidence.diaryCannotTell", List.of()));
        }

        @Test
        void swollenJointsOfTheFeetOrMoreThanOneRaiseItOnTheirOwnWithStiffnessAsSupportOnly() {
            Explanation alone = rule.explain(Said.only("swollenForReferral")).orElseThrow();
            assertThat(alone.mechanism()).isEqualTo(Mechanism.INFLAMMATORY_ARTHRITIS);
            assertThat(alone.evidence()).extracting(Evidence::key).containsExactly("swollenForReferral");
            assertThat(rule.explain(Said.only("swollenForReferral", "stiff"))
                            .orElseThrow()
                            .evidence())
                    .extracting(Evidence::key)
                    .containsExactly("swollenForReferral", "stiff");
        }

        @Test
        void fiveMorningsStiffForAnHourOrMoreStandForStiffnessWithSwelling() {
            Signs timed = new DiarySigns(timedStiffness(new PatternFacts.TimedStiffness(8, 5, 1), 3));
            assertThat(rule.explain(timed).orElseThrow().evidence())
                    .containsExactly(
                            new Evidence("pattern.inflammatory_arthritis.evidence.stiffHour", List.of(5)),
                            new Evidence("pattern.inflammatory_arthritis.evidence.swollen", List.of(3)),
                            new Evidence("pattern.inflammatory_arthritis.evidence.diaryCannotTell", List.of()));
            assertThat(rule.explain(new DiarySigns(timedStiffness(new PatternFacts.TimedStiffness(8, 4, 1), 3))))
                    .as("four mornings of an hour or more are not enough")
                    .isEmpty();
            assertThat(rule.explain(new DiarySigns(timedStiffness(new PatternFacts.TimedStiffness(30, 30, 0), 0))))
                    .as("long stiffness supports, it never decides")
                    .isEmpty();
        }

        @Test
        void stiffnessAloneOrSwellingAloneStaysQuiet() {
            assertThat(rule.explain(signs(30, 0, 0, 0, 30, 0, false))).isEmpty();
            assertThat(rule.explain(signs(30, 0, 0, 0, 0, 30, true))).isEmpty();
            assertThat(rule.explain(signs(30, 0, 0, 0, 4, 3, true))).isEmpty();
            assertThat(rule.explain(signs(30, 0, 0, 0, 5, 2, false))).isEmpty();
        }
    }

    @Nested
    class CentralSensitisation {
        private final CentralSensitisationRule rule = new CentralSensitisationRule();

        private Signs withSigns(Optional<Comparison> load, Optional<Comparison> sleep) {
            return new DiarySigns(with(load, sleep));
        }

        private PatternFacts with(Optional<Comparison> load, Optional<Comparison> sleep) {
            return new PatternFacts(30, 0, 0, 0, 0, 0, false, load, sleep, 0, 0, NO_TIMES);
        }

        @Test
        void firesWhenLoadAndPoorSleepAreEachClearlyAPointWorse() {
            Explanation explanation = rule.explain(
                            withSigns(Optional.of(higher(1.0, 0.2)), Optional.of(higher(1.5, 0.5))))
                    .orElseThrow();
            assertThat(explanation.evidence())
                    .containsExactly(
                            new Evidence("pattern.central_sensitisation.evidence.load", List.of(1.0, 10, 10)),
                            new Evidence("pattern.central_sensitisation.evidence.sleep", List.of(1.5, 10, 10)));
        }

        @Test
        void staysQuietWhenEitherIsMissingSmallOrUncertain() {
            assertThat(rule.explain(withSigns(Optional.of(higher(2, 1)), Optional.empty())))
                    .isEmpty();
            assertThat(rule.explain(withSigns(Optional.empty(), Optional.of(higher(2, 1)))))
                    .isEmpty();
            assertThat(rule.explain(withSigns(Optional.of(higher(0.9, 0.1)), Optional.of(higher(2, 1)))))
                    .isEmpty();
            // A point worse on average, but the interval reaches below zero.
            assertThat(rule.explain(withSigns(Optional.of(higher(2, 1)), Optional.of(higher(1.2, -0.3)))))
                    .isEmpty();
        }
    }

    /** Signs given outright, as a check-up gives them: each named sign present with one piece of evidence. */
    private record Said(java.util.Set<String> present) implements Signs {

        static Said only(String... signs) {
            return new Said(java.util.Set.of(signs));
        }

        private List<Evidence> sign(String name) {
            return present.contains(name) ? List.of(new Evidence(name, List.of())) : List.of();
        }

        public List<Evidence> nerveFeelingsInFeet() {
            return sign("nerve");
        }

        public List<Evidence> restlessLegsFeatures() {
            return sign("restless");
        }

        public List<Evidence> firstStepHeelPain() {
            return sign("heel");
        }

        public List<Evidence> morningStiffness() {
            return sign("stiff");
        }

        public List<Evidence> swelling() {
            return sign("swelling");
        }

        public List<Evidence> swollenJointsForUrgentReferral() {
            return sign("swollenForReferral");
        }

        public List<Evidence> worseWithLoad() {
            return sign("load");
        }

        public List<Evidence> worseAfterPoorSleep() {
            return sign("poorSleep");
        }

        public List<Evidence> brokenNights() {
            return sign("brokenNights");
        }

        public List<Evidence> coldOrColourChanges() {
            return sign("cold");
        }

        public List<Evidence> heavyLegs() {
            return sign("heavy");
        }

        public List<Evidence> walksDifferently() {
            return sign("walk");
        }

        public List<Evidence> fortyFiveOrOver() {
            return sign("45");
        }

        public List<Evidence> jointPainWithUse() {
            return sign("jointUse");
        }

        public List<Evidence> littleOrNoMorningStiffness() {
            return sign("shortStiffness");
        }
    }

    @Nested
    class Gait {
        private final GaitRule rule = new GaitRule();

        @Test
        void firesOnWalkingDifferentlyWithPainThatFollowsStandingOrWalking() {
            Explanation explanation = rule.explain(Said.only("walk", "load")).orElseThrow();
            assertThat(explanation.mechanism()).isEqualTo(Mechanism.GAIT);
            assertThat(explanation.evidence()).extracting(Evidence::key).containsExactly("walk", "load");
        }

        @Test
        void eitherAloneStaysQuiet() {
            assertThat(rule.explain(Said.only("walk"))).isEmpty();
            assertThat(rule.explain(Said.only("load", "poorSleep", "heel"))).isEmpty();
        }
    }

    @Nested
    class Osteoarthritis {
        private final OsteoarthritisRule rule = new OsteoarthritisRule();

        @Test
        void firesAtFortyFiveWithAJointThatHurtsWithUseAndLittleMorningStiffness() {
            Explanation explanation =
                    rule.explain(Said.only("45", "jointUse", "shortStiffness")).orElseThrow();
            assertThat(explanation.mechanism()).isEqualTo(Mechanism.OSTEOARTHRITIS);
            assertThat(explanation.evidence())
                    .extracting(Evidence::key)
                    .containsExactly("45", "jointUse", "shortStiffness");
        }

        @Test
        void anyOneOfTheThreeMissingStaysQuiet() {
            assertThat(rule.explain(Said.only("jointUse", "shortStiffness"))).isEmpty();
            assertThat(rule.explain(Said.only("45", "shortStiffness"))).isEmpty();
            assertThat(rule.explain(Said.only("45", "jointUse"))).isEmpty();
            assertThat(rule.explain(Said.only("45", "jointUse", "stiff", "swelling")))
                    .as("long stiffness is not little stiffness")
                    .isEmpty();
        }
    }

    private static PatternFacts timedStiffness(PatternFacts.TimedStiffness timed, int swollenDays) {
        return new PatternFacts(30, 0, 0, 0, 0, swollenDays, false, Optional.empty(), Optional.empty(), 0, 0, timed);
    }

    @Test
    void aDiaryShowsLittleMorningStiffnessOnlyFromFiveTimedMorningsAllShort() {
        assertThat(new DiarySigns(timedStiffness(new PatternFacts.TimedStiffness(5, 0, 5), 0))
                        .littleOrNoMorningStiffness())
                .containsExactly(new Evidence("pattern.osteoarthritis.evidence.stiffShort", List.of(5)));
        assertThat(new DiarySigns(timedStiffness(new PatternFacts.TimedStiffness(4, 0, 4), 0))
                        .littleOrNoMorningStiffness())
                .isEmpty();
        assertThat(new DiarySigns(timedStiffness(new PatternFacts.TimedStiffness(6, 0, 5), 0))
                        .littleOrNoMorningStiffness())
                .as("one longer morning is not little stiffness")
                .isEmpty();
    }

    @Test
    void aDiaryNeverShowsGaitOrOsteoarthritisHoweverFullItIs() {
        PatternFacts full = new PatternFacts(
                30, 30, 30, 30, 30, 30, true, Optional.of(higher(3, 2)), Optional.of(higher(3, 2)), 30, 30, NO_TIMES);
        assertThat(Explanations.of(full))
                .extracting(Explanation::mechanism)
                .doesNotContain(Mechanism.GAIT, Mechanism.OSTEOARTHRITIS)
                .contains(Mechanism.CENTRAL_SENSITISATION, Mechanism.INFLAMMATORY_ARTHRITIS);
    }

    @Nested
    class Sleep {
        private final SleepRule rule = new SleepRule();

        private Signs nights(int answered, int woken) {
            return new DiarySigns(new PatternFacts(
                    30, 0, 0, 0, 0, 0, false, Optional.empty(), Optional.empty(), answered, woken, NO_TIMES));
        }

        @Test
        void firesOnFiveBrokenNightsThatAreAThirdOfThoseAnswered() {
            assertThat(rule.explain(nights(15, 5)).orElseThrow().evidence())
                    .containsExactly(new Evidence("pattern.sleep.evidence", List.of(5, 15)));
        }

        @Test
        void staysQuietUnderFiveNightsOrUnderAThird() {
            assertThat(rule.explain(nights(5, 4))).isEmpty();
            assertThat(rule.explain(nights(16, 5))).isEmpty();
            assertThat(rule.explain(nights(0, 0))).isEmpty();
        }
    }
}
