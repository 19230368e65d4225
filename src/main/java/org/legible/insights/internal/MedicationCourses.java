package org.legible.insights.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.insights.MedicationCourse;

/**
 * Medications by name (case and surrounding spaces ignored, the first spelling shown), first taken first. A dose
 * change is a recorded dose or unit that differs from the last recorded one; uses without a dose change nothing.
 */
final class MedicationCourses {

    private MedicationCourses() {}

    public static List<MedicationCourse> of(List<CheckIn> checkIns) {
        List<CheckIn> ordered = checkIns.stream()
                .sorted(Comparator.comparing((CheckIn c) -> c.details().diaryDay())
                        .thenComparing(CheckIn::recordedAt))
                .toList();
        Map<String, Builder> courses = new LinkedHashMap<>();
        for (CheckIn checkIn : ordered) {
            for (MedicationUse use : checkIn.details().medications()) {
                courses.computeIfAbsent(use.name().toLowerCase(Locale.ROOT), k -> new Builder(use.name()))
                        .add(checkIn.details().diaryDay(), use);
            }
        }
        return courses.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        private final String name;
        private final TreeSet<LocalDate> days = new TreeSet<>();
        private final List<MedicationCourse.Dose> doses = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        void add(LocalDate day, MedicationUse use) {
            days.add(day);
            if (use.dose() == null) {
                return;
            }
            if (!doses.isEmpty()) {
                MedicationCourse.Dose last = doses.get(doses.size() - 1);
                if (sameDose(last.dose(), use.dose()) && Objects.equals(last.unit(), use.unit())) {
                    return;
                }
            }
            doses.add(new MedicationCourse.Dose(day, use.dose(), use.unit()));
        }

        private static boolean sameDose(BigDecimal a, BigDecimal b) {
            return a.compareTo(b) == 0;
        }

        MedicationCourse build() {
            return new MedicationCourse(name, List.copyOf(days), doses);
        }
    }
}
