package org.legible.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.legible.assessments.QuestionnaireDefinition.Item;
import org.legible.assessments.QuestionnaireDefinition.ItemType;

/** The questionnaire files agree with the scoring rules, and answers are checked against them. */
class QuestionnaireDefinitionTest {

    @Test
    void every_instrument_loads_its_own_version_and_code() {
        for (Instrument instrument : Instrument.values()) {
            QuestionnaireDefinition definition = instrument.definition();
            assertThat(definition.version()).isEqualTo(instrument.currentVersion());
            assertThat(definition.instrument()).isEqualTo(instrument.code());
            assertThat(definition.source()).contains("docs/clinical-basis.md");
        }
    }

    @Test
    void the_acr_definition_has_exactly_the_19_wpi_areas_by_their_2016_regions_and_the_six_sss_items() {
        QuestionnaireDefinition acr = Instrument.ACR_2016.definition();
        List<String> checks = acr.items().stream()
                .filter(i -> i.type() == ItemType.CHECK)
                .map(Item::code)
                .toList();
        assertThat(checks)
                .containsExactlyElementsOf(
                        Arrays.stream(WpiArea.values()).map(WpiArea::code).toList());
        assertThat(acr.sections().subList(0, 5))
                .extracting(s -> s.items().size())
                .containsExactly(4, 4, 3, 3, 5);
        assertThat(acr.items().stream().filter(i -> i.type() == ItemType.SEVERITY))
                .extracting(Item::code)
                .containsExactly("fatigue", "waking_unrefreshed", "cognitive_symptoms");
        assertThat(acr.items().stream().filter(i -> i.type() == ItemType.YES_NO))
                .extracting(Item::code)
                .containsExactly("headaches", "lower_abdominal_pain_or_cramps", "depression", "symptoms_three_months");
        assertThat(acr.items()).noneMatch(Item::optional);
    }

    @Test
    void a_complete_answer_sheet_scores_through_the_definitions_codes() {
        Map<String, String> answers = new HashMap<>();
        for (Item item : Instrument.ACR_2016.definition().items()) {
            answers.put(
                    item.code(),
                    switch (item.type()) {
                        case SEVERITY -> "3";
                        default -> "yes";
                    });
        }
        assertThat(Instrument.ACR_2016.definition().missing(answers)).isEmpty();
        Acr2016Result result = Acr2016Screen.score(new AnswerSheet(answers).acr2016());
        assertThat(result.wpi()).isEqualTo(19);
        assertThat(result.sss()).isEqualTo(12);
        assertThat(result.psd()).isEqualTo(31);
        assertThat(result.criteriaMet()).isTrue();

        Map<String, String> rls = new HashMap<>();
        for (Item item : Instrument.RESTLESS_LEGS.definition().items()) {
            if (!item.optional()) {
                rls.put(item.code(), "yes");
            }
        }
        assertThat(Instrument.RESTLESS_LEGS.definition().missing(rls)).isEmpty();
        assertThat(RestlessLegsScreen.screen(new AnswerSheet(rls).restlessLegs()))
                .isEqualTo(new RestlessLegsScreen.Result(
                        RestlessLegsScreen.Outcome.CRITERIA_ONE_TO_FOUR_REPORTED,
                        java.util.Optional.of(RestlessLegsScreen.Course.CHRONIC_PERSISTENT),
                        java.util.Optional.of(true)));
    }

    @Test
    void not_sure_is_an_answer_that_the_restless_legs_screen_reads_as_unknown() {
        Map<String, String> answers = new HashMap<>(Map.of(
                "urge_to_move", "yes",
                "worse_at_rest", "unsure",
                "relief_by_movement", "yes",
                "worse_evening_or_night", "yes"));
        assertThat(RestlessLegsScreen.screen(new AnswerSheet(answers).restlessLegs())
                        .outcome())
                .isEqualTo(RestlessLegsScreen.Outcome.INCOMPLETE);
        assertThat(Instrument.RESTLESS_LEGS.definition().missing(answers))
                .containsExactly("twice_weekly_or_more", "five_or_more_episodes_ever", "significant_impact");
    }

    @Test
    void each_item_type_accepts_only_its_own_answers() {
        QuestionnaireDefinition acr = Instrument.ACR_2016.definition();
        Item severity = acr.item("fatigue").orElseThrow();
        assertThat(severity.normalise(" 2 ")).contains("2");
        assertThat(severity.normalise("4")).isEmpty();
        assertThat(severity.normalise("-1")).isEmpty();
        assertThat(severity.normalise("")).isEmpty();
        Item yesNo = acr.item("headaches").orElseThrow();
        assertThat(yesNo.normalise("yes")).contains("yes");
        assertThat(yesNo.normalise("unsure")).isEmpty();
        Item unsure = Instrument.RESTLESS_LEGS.definition().item("urge_to_move").orElseThrow();
        assertThat(unsure.normalise("unsure")).contains("unsure");
        Item ferritin = Instrument.RESTLESS_LEGS.definition().item("ferritin").orElseThrow();
        assertThat(ferritin.normalise("75,5")).contains("75.5");
        assertThat(ferritin.normalise("100.00")).contains("100");
        assertThat(ferritin.normalise("5000.01")).isEmpty();
        assertThat(ferritin.normalise("1e3"))
                .as("an exponent is read as the number it writes")
                .contains("1000");
        assertThat(ferritin.normalise("12.345")).isEmpty();
        assertThat(ferritin.normalise("NaN")).isEmpty();
        assertThat(ferritin.normalise("9".repeat(40))).isEmpty();
    }
}
