package org.legible.importers.flaredown;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of Flaredown's own export ("Export my data", e-mailed as a CSV): {@code Date}, then one column for each
 * condition, symptom and treatment the person ever tracked, in that order but with nothing saying which is which, then
 * {@code Tags} and {@code Foods}, each a list joined by "; " (rubyforgood/Flaredown,
 * backend/app/jobs/data_export_job.rb). Conditions and symptoms hold 0 to 4, treatments the dose as typed.
 */
public record FlaredownLayout(List<String> header, List<String> names) {

    /** Flaredown's conditions and symptoms are rated 0 to 4. */
    public static final int SCALE_MAX = 4;

    public FlaredownLayout {
        header = List.copyOf(header);
        names = List.copyOf(names);
    }

    private FlaredownLayout(List<String> header) {
        this(header, namesOf(header));
    }

    /**
     * Each column's name, a repeated one with its place added: a condition and a symptom may share a name (common
     * with translated names), and kept under one name one day's value would silently replace the other's.
     */
    private static List<String> namesOf(List<String> header) {
        List<String> names = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            names.add(!name.isEmpty() && !seen.add(name) ? name + " (column " + (c + 1) + ")" : name);
        }
        return names;
    }

    /** The layout of a file with this header, or empty when it is not Flaredown's. */
    public static Optional<FlaredownLayout> of(List<String> header) {
        int n = header.size();
        if (n < 3
                || !"date".equals(header.get(0).strip().toLowerCase(Locale.ROOT))
                || !"tags".equals(header.get(n - 2).strip().toLowerCase(Locale.ROOT))
                || !"foods".equals(header.get(n - 1).strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new FlaredownLayout(header));
    }

    public int columns() {
        return header.size();
    }

    public String name(int column) {
        return names.get(column);
    }

    /** Whether a column's name can name a tracked item, medication or strategy: 1 to 100 characters. */
    public static boolean keepable(String name) {
        return org.legible.diary.HealthMeasures.TrackerEntry.isName(name);
    }

    /** The tags and foods columns: lists, never ratings or doses. */
    public boolean isList(int column) {
        return column >= header.size() - 2;
    }
}
