package org.legible.diary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckInDetails;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.diary.web.CheckInForm.MedicationForm;
import org.legible.diary.web.CheckInForm.SiteForm;
import org.legible.diary.web.CheckInForm.StrategyForm;

class CheckInFormMapperTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static CheckInForm form(List<SiteForm> sites, String overall, String note) {
        return new CheckInForm(
                null, sites, overall, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, note, null, null, null, null, null, null);
    }

    @Test
    void a_filled_form_becomes_a_check_in_with_every_value() {
        CheckInForm form = new CheckInForm(
                "2026-03-09",
                List.of(
                        new SiteForm("heel-left", "on", "7", List.of("burning", "tingling")),
                        new SiteForm("calf-right", "on", "4", List.of("cramping")),
                        new SiteForm("shin-left", null, "9", List.of())),
                "6",
                "evening",
                List.of("at_rest"),
                "6,5",
                "3",
                List.of("cramps"),
                "8",
                "5",
                "yes",
                "no",
                "",
                List.of(
                        new StrategyForm("stretching", "on", null, null, "10", "a_little"),
                        new StrategyForm(null, null, "Warm socks", null, null, "a_lot")),
                List.of(new MedicationForm("Pregabalin", "75", "mg", "scheduled", "")),
                List.of("poor_sleep"),
                "long drive, cold office",
                "Bad night.",
                List.of("one_leg_swollen_warm_red", "cold_pale_leg"),
                "3",
                "8",
                "9",
                "45",
                null);

        CheckInFormMapper.Result result = CheckInFormMapper.parse(form, TODAY);

        assertThat(result.problems().asMap()).isEmpty();
        CheckInDetails d = result.details();
        assertThat(d.diaryDay()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(d.sites())
                .extracting(CheckInDetails.SitePain::site)
                .as("catalogue order: calf above heel")
                .containsExactly(new BodySite(Region.CALF, Side.RIGHT), new BodySite(Region.HEEL, Side.LEFT));
        assertThat(d.sites().get(1).descriptors()).containsExactlyInAnyOrder(Descriptor.BURNING, Descriptor.TINGLING);
        assertThat(d.sleep().hours()).isEqualByComparingTo(new BigDecimal("6.5"));
        assertThat(d.moodAndStress()).isEqualTo(new CheckInDetails.MoodAndStress(3, 8));
        assertThat(d.interference()).isEqualTo(9);
        assertThat(d.morningStiffnessMinutes()).isEqualTo(45);
        assertThat(d.restlessLegs().worseAtRest()).isTrue();
        assertThat(d.restlessLegs().reliefByMovement()).isFalse();
        assertThat(d.restlessLegs().worseEveningOrNight()).isNull();
        assertThat(d.strategies())
                .extracting(CheckInDetails.StrategyUse::strategy)
                .containsExactly(Strategy.STRETCHING, null);
        assertThat(d.strategies().get(1).ownName()).isEqualTo("Warm socks");
        assertThat(d.strategies().get(1).helped()).isEqualTo(Helped.A_LOT);
        assertThat(d.medications().get(0).dose()).isEqualByComparingTo("75");
        assertThat(d.triggers())
                .extracting(CheckInDetails.TriggerMention::ownName)
                .containsExactly(null, "long drive", "cold office");
        assertThat(d.redFlagsByUrgency())
                .as("most urgent first")
                .containsExactly(RedFlag.COLD_PALE_LEG, RedFlag.ONE_LEG_SWOLLEN_WARM_RED);
    }

    @Test
    void a_blank_diary_day_means_today_and_overall_pain_is_required() {
        CheckInFormMapper.Result result = CheckInFormMapper.parse(form(List.of(), "", null), TODAY);
        assertThat(result.valid()).isFalse();
        assertThat(result.problems().asMap()).containsOnlyKeys("overallPain");
        assertThat(CheckInFormMapper.parse(form(List.of(), "0", null), TODAY)
                        .details()
                        .diaryDay())
                .isEqualTo(TODAY);
    }

    @Test
    void every_problem_is_reported_against_its_own_field_at_once() {
        CheckInForm form = new CheckInForm(
                "2026-03-11",
                List.of(
                        new SiteForm("heel-left", "on", "11", List.of("itchy")),
                        new SiteForm("elbow-left", "on", "3", null)),
                "ten",
                "midnight",
                null,
                "25",
                "-1",
                List.of("dog"),
                "11",
                null,
                "maybe",
                null,
                null,
                List.of(new StrategyForm("stretching", "on", null, null, "2000", "hugely")),
                List.of(new MedicationForm("", "1e3", null, null, null)),
                null,
                "x".repeat(201),
                "n".repeat(20_001),
                List.of("itchy_toes"),
                null,
                null,
                null,
                "1441",
                null);

        CheckInFormMapper.Result result = CheckInFormMapper.parse(form, TODAY);

        assertThat(result.valid()).isFalse();
        assertThat(result.problems().asMap().keySet())
                .containsExactlyInAnyOrder(
                        "diaryDay",
                        "sites[0].intensity",
                        "sites[0].descriptors",
                        "sites",
                        "overallPain",
                        "timeOfDay",
                        "sleepHours",
                        "sleepQuality",
                        "wokeBy",
                        "fatigue",
                        "rlsWorseAtRest",
                        "strategies[0].minutes",
                        "strategies[0].helped",
                        "medications[0].name",
                        "medications[0].dose",
                        "ownTriggers",
                        "note",
                        "redFlags",
                        "morningStiffnessMinutes");
        assertThat(result.problems().asMap().get("diaryDay").messageKey()).isEqualTo("checkIn.diaryDay.future");
        assertThat(result.problems().asMap().get("note").args()).containsExactly(20_000, 20_001);
    }

    @Test
    void a_selected_site_needs_an_intensity_but_an_unselected_one_is_ignored() {
        CheckInFormMapper.Result result = CheckInFormMapper.parse(
                form(
                        List.of(
                                new SiteForm("heel-left", "on", "", List.of()),
                                new SiteForm("heel-right", null, "x", null)),
                        "2",
                        null),
                TODAY);
        assertThat(result.problems().asMap()).containsOnlyKeys("sites[0].intensity");
    }

    @Test
    void a_note_of_exactly_twenty_thousand_characters_is_kept_whole() {
        String note = "é".repeat(20_000);
        CheckInFormMapper.Result result = CheckInFormMapper.parse(form(List.of(), "3", note), TODAY);
        assertThat(result.details().note()).isEqualTo(note);
    }

    @Test
    void a_stored_check_in_turns_back_into_the_same_form_values() {
        List<SiteForm> sites = new ArrayList<>();
        sites.add(new SiteForm("heel-left", "on", "7", List.of("burning")));
        CheckInForm original = new CheckInForm(
                "2026-03-09",
                sites,
                "6",
                "night",
                List.of("lying_in_bed"),
                "7.25",
                "4",
                List.of("restless_legs"),
                "5",
                "6",
                "yes",
                "yes",
                "no",
                List.of(new StrategyForm("heat", "on", null, null, "20", "a_lot")),
                List.of(new MedicationForm("Amitriptyline", "10", "mg", "scheduled", null)),
                List.of("stress"),
                "travel",
                "A note",
                List.of("hot_swollen_joint"),
                "6",
                null,
                null,
                "90",
                null);
        CheckInDetails details = CheckInFormMapper.parse(original, TODAY).details();

        CheckInForm back = CheckInFormMapper.toForm(details);

        assertThat(CheckInFormMapper.parse(back, TODAY).details()).isEqualTo(details);
        assertThat(back.sleepHours()).isEqualTo("7.25");
        assertThat(back.ownTriggers()).isEqualTo("travel");
        assertThat(back.redFlags()).containsExactly("hot_swollen_joint");
        assertThat(back.asNewCheckIn("2026-03-10", "morning").redFlags())
                .as("same as last time asks the red flags afresh")
                .isEmpty();
    }

    @Test
    void every_valid_check_in_shown_in_the_form_and_sent_back_unchanged_is_the_same_check_in() {
        org.legible.support.RandomCheckIns checkIns =
                new org.legible.support.RandomCheckIns(new java.util.Random(33), TODAY);
        for (int run = 0; run < 500; run++) {
            CheckInDetails original = checkIns.next();
            CheckInFormMapper.Result back = CheckInFormMapper.parse(CheckInFormMapper.toForm(original), TODAY);
            assertThat(back.problems().asMap()).as("run %d: %s", run, original).isEmpty();
            assertThat(back.details()).as("run %d", run).isEqualTo(original);
        }
    }
}
