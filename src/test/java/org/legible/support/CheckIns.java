package org.legible.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.RestlessLegs;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.Sleep;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.CheckInDetails.TriggerMention;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.TimeOfDay;

/**
 * A check-in for a test: its day and overall pain, then only what the test is about; everything left out is
 * unanswered, as on the form.
 */
public final class CheckIns {

    private final LocalDate day;
    private final int overallPain;
    private TimeOfDay timeOfDay;
    private Set<PainContext> contexts;
    private List<SitePain> sites;
    private Sleep sleep;
    private Integer fatigue;
    private CheckInDetails.MoodAndStress moodAndStress;
    private Integer interference;
    private Integer morningStiffnessMinutes;
    private List<CheckInDetails.OwnAnswer> ownItems = List.of();
    private RestlessLegs restlessLegs;
    private List<StrategyUse> strategies;
    private List<MedicationUse> medications;
    private List<TriggerMention> triggers;
    private Set<RedFlag> redFlags = Set.of();

    private CheckIns(LocalDate day, int overallPain) {
        this.day = day;
        this.overallPain = overallPain;
    }

    public static CheckIns on(LocalDate day, int overallPain) {
        return new CheckIns(day, overallPain);
    }

    public CheckIns at(TimeOfDay timeOfDay) {
        this.timeOfDay = timeOfDay;
        return this;
    }

    public CheckIns when(PainContext... contexts) {
        this.contexts = Set.of(contexts);
        return this;
    }

    public CheckIns sites(SitePain... sites) {
        return sites(List.of(sites));
    }

    public CheckIns sites(List<SitePain> sites) {
        this.sites = sites;
        return this;
    }

    public CheckIns sleep(Sleep sleep) {
        this.sleep = sleep;
        return this;
    }

    public CheckIns moodAndStress(Integer mood, Integer stress) {
        this.moodAndStress = new CheckInDetails.MoodAndStress(mood, stress);
        return this;
    }

    public CheckIns interference(Integer interference) {
        this.interference = interference;
        return this;
    }

    public CheckIns ownItems(CheckInDetails.OwnAnswer... answers) {
        this.ownItems = List.of(answers);
        return this;
    }

    public CheckIns morningStiffnessMinutes(Integer minutes) {
        this.morningStiffnessMinutes = minutes;
        return this;
    }

    public CheckIns fatigue(Integer fatigue) {
        this.fatigue = fatigue;
        return this;
    }

    public CheckIns restlessLegs(RestlessLegs restlessLegs) {
        this.restlessLegs = restlessLegs;
        return this;
    }

    public CheckIns strategies(StrategyUse... strategies) {
        return strategies(List.of(strategies));
    }

    public CheckIns strategies(List<StrategyUse> strategies) {
        this.strategies = strategies;
        return this;
    }

    public CheckIns medications(MedicationUse... medications) {
        return medications(List.of(medications));
    }

    public CheckIns medications(List<MedicationUse> medications) {
        this.medications = medications;
        return this;
    }

    public CheckIns triggers(List<TriggerMention> triggers) {
        this.triggers = triggers;
        return this;
    }

    public CheckIns redFlags(RedFlag... redFlags) {
        return redFlags(Set.of(redFlags));
    }

    public CheckIns redFlags(Set<RedFlag> redFlags) {
        this.redFlags = redFlags;
        return this;
    }

    public CheckInDetails details() {
        return new CheckInDetails(
                day,
                overallPain,
                timeOfDay,
                contexts,
                sites,
                sleep,
                fatigue,
                restlessLegs,
                strategies,
                medications,
                triggers,
                null,
                redFlags,
                moodAndStress,
                interference,
                morningStiffnessMinutes,
                ownItems);
    }
}
