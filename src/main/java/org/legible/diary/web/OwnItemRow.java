package org.legible.diary.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.legible.diary.OwnItem;
import org.legible.diary.web.CheckInForm.OwnItemForm;

/**
 * One own item as the check-in shows it: its row in the form ({@code ownItems[index]}), the item, and the answer as
 * typed. Rows follow the person's own order of items, whatever order the form's rows came in.
 */
record OwnItemRow(int index, OwnItem item, String value) {

    /** The form's rows whose item is one of {@code items} (a stopped one too, when the check-in answers it). */
    static List<OwnItemRow> of(CheckInForm form, List<OwnItem> items) {
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < form.ownItems().size(); i++) {
            OwnItemForm row = form.ownItems().get(i);
            if (row != null && row.item() != null) {
                rowOf.putIfAbsent(row.item(), i);
            }
        }
        List<OwnItemRow> rows = new ArrayList<>();
        for (OwnItem item : items) {
            Integer index = rowOf.get(item.id());
            if (index != null) {
                rows.add(new OwnItemRow(index, item, form.ownItems().get(index).value()));
            }
        }
        return rows;
    }

    /** The form's name for this row's answer. */
    public String name() {
        return "ownItems[" + index + "].value";
    }

    /** The id of its input or group, as the error summary links to it. */
    public String id() {
        return CheckInFormView.anchor(name());
    }
}
