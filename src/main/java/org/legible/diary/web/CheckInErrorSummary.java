package org.legible.diary.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.legible.diary.web.CheckInFormView.ErrorLink;
import org.legible.diary.web.CheckInFormView.SideGroup;
import org.legible.diary.web.CheckInFormView.SiteRow;
import org.legible.diary.web.CheckInFormView.StrategyRow;
import org.springframework.context.MessageSource;

/**
 * The list at the top of a refused check-in: in the order the fields stand on the page (each leg top to bottom, as
 * the list shows them), and a problem in a row names its row ("left heel: …"), since the summary is read away
 * from the row it points at.
 */
final class CheckInErrorSummary {

    /** Top-level fields in the order check-in-form.html and check-in-sections.html show them. */
    private static final List<String> FORM_ORDER = List.of(
            "sites",
            "overallPain",
            "redFlags",
            "timeOfDay",
            "contexts",
            "sleepHours",
            "sleepQuality",
            "wokeBy",
            "fatigue",
            "rlsUrge",
            "rlsWorseAtRest",
            "rlsReliefByMovement",
            "rlsWorseEvening",
            "mood",
            "stress",
            "interference",
            "morningStiffnessMinutes",
            "strategies",
            "medications",
            "triggers",
            "ownTriggers",
            "note",
            "diaryDay",
            "ownItems",
            "newItemName",
            "newItemKind",
            "newItemLow",
            "newItemHigh",
            "newItemUnit",
            "newItemWords");

    /** Fields inside a row, in the order the row shows them. */
    private static final List<String> ROW_ORDER = List.of(
            "code",
            "intensity",
            "descriptors",
            "ownName",
            "name",
            "detail",
            "dose",
            "unit",
            "minutes",
            "schedule",
            "helped");

    private static final Pattern FIELD = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

    private record Entry(ErrorLink link, int top, int row, int inRow) {}

    private CheckInErrorSummary() {}

    static List<ErrorLink> of(
            Map<String, String> errors,
            List<SideGroup> sideGroups,
            List<StrategyRow> strategies,
            MessageSource messages,
            Locale locale) {
        Map<Integer, Integer> sitePosition = new HashMap<>();
        Map<Integer, String> siteLabel = new HashMap<>();
        for (SideGroup group : sideGroups) {
            for (SiteRow row : group.rows()) {
                sitePosition.put(row.index(), sitePosition.size());
                siteLabel.put(row.index(), row.label());
            }
        }
        Map<Integer, Integer> strategyPosition = new HashMap<>();
        Map<Integer, String> strategyLabel = new HashMap<>();
        for (StrategyRow row : strategies) {
            strategyPosition.put(row.index(), strategyPosition.size());
            String name = row.own() ? row.ownName() : messages.getMessage("strategy." + row.code(), null, locale);
            if (name != null && !name.isBlank()) {
                strategyLabel.put(row.index(), name.strip());
            }
        }
        List<Entry> entries = new ArrayList<>();
        errors.forEach((field, text) -> {
            Matcher m = FIELD.matcher(field);
            if (!m.matches()) {
                entries.add(new Entry(new ErrorLink(CheckInFormView.anchor(field), text), FORM_ORDER.size(), 0, 0));
                return;
            }
            String top = m.group(1);
            int index = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
            String label =
                    switch (top) {
                        case "sites" -> siteLabel.get(index);
                        case "strategies" -> strategyLabel.get(index);
                        default -> null;
                    };
            int row =
                    switch (top) {
                        case "sites" -> sitePosition.getOrDefault(index, index);
                        case "strategies" -> strategyPosition.getOrDefault(index, index);
                        default -> index;
                    };
            int topPosition = FORM_ORDER.indexOf(top);
            String shown =
                    label == null ? text : messages.getMessage("checkIn.problemIn", new Object[] {label, text}, locale);
            entries.add(new Entry(
                    new ErrorLink(CheckInFormView.anchor(field), shown),
                    topPosition < 0 ? FORM_ORDER.size() : topPosition,
                    row,
                    m.group(3) == null ? -1 : ROW_ORDER.indexOf(m.group(3))));
        });
        return entries.stream()
                .sorted(Comparator.comparingInt(Entry::top)
                        .thenComparingInt(Entry::row)
                        .thenComparingInt(Entry::inRow))
                .map(Entry::link)
                .toList();
    }
}
