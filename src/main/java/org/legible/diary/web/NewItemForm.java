package org.legible.diary.web;

import java.util.Arrays;
import java.util.List;
import org.legible.diary.OwnItemDraft;

/**
 * "Add something to track", inside the check-in form: its fields have names of their own, so they travel with the
 * check-in's answers and come back with them whether the item is added or refused.
 */
record NewItemForm(
        String newItemName,
        String newItemKind,
        String newItemLow,
        String newItemHigh,
        String newItemUnit,
        String newItemWords) {

    static final NewItemForm EMPTY = new NewItemForm(null, null, null, null, null, null);

    /** The words are written in one field, separated by commas. */
    OwnItemDraft draft() {
        List<String> words = newItemWords == null || newItemWords.isBlank()
                ? List.of()
                : Arrays.stream(newItemWords.split(","))
                        .map(String::strip)
                        .filter(w -> !w.isEmpty())
                        .toList();
        return new OwnItemDraft(newItemName, newItemKind, newItemLow, newItemHigh, newItemUnit, words);
    }

    /** The input that shows a problem the rules name by field ({@code name} is {@code newItemName}). */
    static String input(String field) {
        return "newItem" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
