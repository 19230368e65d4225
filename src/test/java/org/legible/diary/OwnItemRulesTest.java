package org.legible.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What "Add something to track" and a JSON import accept as an own item, and what each refuses, by field. */
class OwnItemRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static OwnItemRules.Checked check(OwnItemDraft draft, List<OwnItem> active) {
        return OwnItemRules.check(draft, active, OwnItem.newId(), DAY);
    }

    private static Map<String, String> refused(OwnItemDraft draft) {
        OwnItemRules.Checked checked = check(draft, List.of());
        assertThat(checked.valid()).as("refused").isFalse();
        return checked.problems().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().messageKey()));
    }

    @Test
    void each_kind_keeps_only_what_it_needs_and_blank_ends_mean_the_usual_words() {
        OwnItem scale = check(
                        new OwnItemDraft(" Dizziness ", "scale", " ", "fainting", "ml", List.of("x", "y")), List.of())
                .item();
        assertThat(scale.name()).isEqualTo("Dizziness");
        assertThat(scale.low()).as("blank: the usual none").isNull();
        assertThat(scale.high()).isEqualTo("fainting");
        assertThat(scale.unit()).as("a scale has no unit").isNull();
        assertThat(scale.words()).isEmpty();

        OwnItem number = check(new OwnItemDraft("Water", "number", "a", "b", "glasses", null), List.of())
                .item();
        assertThat(List.of(String.valueOf(number.low()), number.unit())).containsExactly("null", "glasses");

        OwnItem words = check(
                        new OwnItemDraft("Energy", "words", null, null, null, List.of("low", " ok ", "high")),
                        List.of())
                .item();
        assertThat(words.words()).containsExactly("low", "ok", "high");
        assertThat(check(new OwnItemDraft("Nap", "yes_no", null, null, null, null), List.of())
                        .item()
                        .kind())
                .isEqualTo(OwnItem.Kind.YES_NO);
    }

    @Test
    void a_name_and_a_kind_are_needed_and_each_problem_is_named_by_its_field() {
        assertThat(refused(new OwnItemDraft("  ", "sideways", null, null, null, null)))
                .containsEntry("name", "ownItem.name.required")
                .containsEntry("kind", "ownItem.kind.required");
        assertThat(refused(new OwnItemDraft("n".repeat(61), "yes_no", null, null, null, null)))
                .containsEntry("name", "ownItem.tooLong");
        assertThat(refused(new OwnItemDraft("Two\nlines", "yes_no", null, null, null, null)))
                .containsEntry("name", "ownItem.oneLine");
        assertThat(refused(new OwnItemDraft("Pain", "scale", "l".repeat(41), null, null, null)))
                .containsEntry("low", "ownItem.tooLong");
    }

    @Test
    void words_are_two_to_six_different_ones_without_commas() {
        assertThat(refused(new OwnItemDraft("Energy", "words", null, null, null, List.of("only"))))
                .containsEntry("words", "ownItem.words.count");
        assertThat(refused(new OwnItemDraft(
                        "Energy", "words", null, null, null, List.of("a", "b", "c", "d", "e", "f", "g"))))
                .containsEntry("words", "ownItem.words.count");
        assertThat(refused(new OwnItemDraft("Energy", "words", null, null, null, List.of("Low", "low"))))
                .containsEntry("words", "ownItem.words.twice");
        assertThat(refused(new OwnItemDraft("Energy", "words", null, null, null, List.of("low, high", "ok"))))
                .containsEntry("words", "ownItem.words.comma");
    }

    @Test
    void a_name_already_tracked_or_one_item_too_many_is_refused() {
        OwnItem water = check(new OwnItemDraft("Water", "number", null, null, null, null), List.of())
                .item();
        assertThat(check(new OwnItemDraft("WATER", "yes_no", null, null, null, null), List.of(water))
                        .problems()
                        .get("name")
                        .messageKey())
                .isEqualTo("ownItem.name.taken");
        List<OwnItem> full = IntStream.range(0, OwnItem.MAX_ACTIVE)
                .mapToObj(i -> check(new OwnItemDraft("Item " + i, "yes_no", null, null, null, null), List.of())
                        .item())
                .toList();
        assertThat(check(new OwnItemDraft("One more", "yes_no", null, null, null, null), full)
                        .problems()
                        .get("name")
                        .messageKey())
                .isEqualTo("ownItem.tooMany");
    }

    @Test
    void answers_are_checked_against_their_item_and_kept_in_one_form() {
        OwnItem water = check(new OwnItemDraft("Water", "number", null, null, "glasses", null), List.of())
                .item();
        OwnItem energy = check(new OwnItemDraft("Energy", "words", null, null, null, List.of("low", "high")), List.of())
                .item();
        OwnItem dizzy = check(new OwnItemDraft("Dizzy", "scale", null, null, null, null), List.of())
                .item();
        List<OwnItem> items = List.of(water, energy, dizzy);

        CheckInRules.Checked good = CheckInRules.check(
                draft(answer(water, "2,50"), answer(energy, "HIGH"), answer(dizzy, "7")), DAY, items);
        assertThat(good.details().answerFor(water.id())).contains("2.5");
        assertThat(good.details().answerFor(energy.id()))
                .as("the word as the item spells it")
                .contains("high");
        assertThat(good.details().answerFor(dizzy.id())).contains("7");

        CheckInRules.Checked bad = CheckInRules.check(
                draft(answer(water, "lots"), answer(energy, "medium"), answer(dizzy, "11")), DAY, items);
        assertThat(bad.problems())
                .extracting(CheckInRules.Problem::field, CheckInRules.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ownItems[0].value", "checkIn.decimal.invalid"),
                        org.assertj.core.groups.Tuple.tuple("ownItems[1].value", "checkIn.ownItem.word"),
                        org.assertj.core.groups.Tuple.tuple("ownItems[2].value", "checkIn.number.range"));

        CheckInRules.Checked stranger =
                CheckInRules.check(draft(new CheckInDraft.OwnAnswer(OwnItem.newId(), "1")), DAY, items);
        assertThat(stranger.problems().get(0).messageKey()).isEqualTo("checkIn.ownItem.unknown");
        assertThat(CheckInRules.check(draft(answer(water, "1"), answer(water, "2")), DAY, items)
                        .problems()
                        .get(0)
                        .messageKey())
                .isEqualTo("checkIn.ownItem.twice");
        assertThat(CheckInRules.check(draft(answer(water, " ")), DAY, items)
                        .details()
                        .ownItems())
                .as("a blank answer is no answer")
                .isEmpty();
    }

    private static CheckInDraft.OwnAnswer answer(OwnItem item, String value) {
        return new CheckInDraft.OwnAnswer(item.id(), value);
    }

    private static CheckInDraft draft(CheckInDraft.OwnAnswer... answers) {
        return new CheckInDraft(
                DAY.toString(),
                "4",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(answers));
    }
}
