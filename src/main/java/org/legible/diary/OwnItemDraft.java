package org.legible.diary;

import java.util.List;

/**
 * An own item as it arrives from any channel (the check-in's "Add something to track", a JSON import), as text for
 * {@link OwnItemRules}. The form writes the words in one field separated by commas; a file lists them.
 */
public record OwnItemDraft(String name, String kind, String low, String high, String unit, List<String> words) {

    public OwnItemDraft {
        words = words == null ? List.of() : words;
    }
}
