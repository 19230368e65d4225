package org.legible.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInRules;
import org.legible.diary.OwnItem;
import org.legible.interop.json.ExportDocument;
import org.springframework.context.MessageSource;

/**
 * A check-in sent to the API (the {@code details} object of the export format), judged by the check-in rules the
 * form and the JSON import use, so the API refuses what they refuse, in the same words, each by its path.
 */
final class CheckInRequest {

    private CheckInRequest() {}

    /**
     * The details the body describes, its own items answered by their ids ({@code ownItems}: every one of the
     * person's); throws {@link InvalidRequestException} listing every problem.
     */
    static CheckInDetails read(
            ExportDocument.Details body,
            LocalDate today,
            List<OwnItem> ownItems,
            MessageSource messages,
            Locale locale) {
        if (body == null) {
            throw new InvalidRequestException("", "The body must be a check-in object.");
        }
        CheckInRules.Checked checked = CheckInRules.check(body.draft(), today, ownItems);
        if (!checked.valid()) {
            throw new InvalidRequestException(checked.problems().stream()
                    .map(problem -> new FieldError(
                            problem.field(), messages.getMessage(problem.messageKey(), problem.args(), locale)))
                    .toList());
        }
        return checked.details();
    }
}
