package org.legible.importers.flaredown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.legible.importers.csv.CsvRows;

/**
 * What one pass over a Flaredown file found in each column: how many days have a value, a few values as written, and
 * whether every value is a whole number from 0 to 4. That is the only way to tell a condition or symptom from a
 * treatment, so it makes Legible's first guess, which the person can change.
 */
public record ColumnSurvey(
        int column, String name, boolean list, int days, List<String> examples, boolean ratingsOnly) {

    static final int EXAMPLES = 3;

    public ColumnRole guess(FlaredownLayout layout) {
        // Tags are much like Legible's triggers; foods are kept only if the person asks.
        if (list) {
            return column == layout.columns() - 2 ? ColumnRole.TRIGGER : ColumnRole.LEAVE_OUT;
        }
        if (days == 0 || !FlaredownLayout.keepable(name)) {
            return ColumnRole.LEAVE_OUT;
        }
        return ratingsOnly ? ColumnRole.RATING : ColumnRole.MEDICATION;
    }

    /** Surveys every column after the date, reading the rows to the end. */
    public static List<ColumnSurvey> of(FlaredownLayout layout, CsvRows rows) throws java.io.IOException {
        int n = layout.columns();
        int[] days = new int[n];
        boolean[] ratings = new boolean[n];
        List<Set<String>> examples = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            ratings[c] = true;
            examples.add(new LinkedHashSet<>());
        }
        for (List<String> row = rows.next(); row != null; row = rows.next()) {
            for (int c = 1; c < n && c < row.size(); c++) {
                String value = row.get(c).strip();
                if (value.isEmpty()) {
                    continue;
                }
                days[c]++;
                ratings[c] &= FlaredownDays.rating(value) != null;
                if (examples.get(c).size() < EXAMPLES) {
                    examples.get(c).add(value.length() > 40 ? value.substring(0, 40) + "…" : value);
                }
            }
        }
        List<ColumnSurvey> survey = new ArrayList<>();
        for (int c = 1; c < n; c++) {
            survey.add(new ColumnSurvey(
                    c, layout.name(c), layout.isList(c), days[c], List.copyOf(examples.get(c)), ratings[c]));
        }
        return survey;
    }
}
