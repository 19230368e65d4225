package org.legible.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One medication in a period: the days it was taken and its doses, the first one and then each change, so a report
 * can draw them on the same time axis as the pain.
 */
public record MedicationCourse(String name, List<LocalDate> daysTaken, List<Dose> doses) {

    public MedicationCourse {
        daysTaken = List.copyOf(daysTaken);
        doses = List.copyOf(doses);
    }

    /** A dose as recorded from {@code from} on; unit may be absent. */
    public record Dose(LocalDate from, BigDecimal dose, String unit) {

        /** The amount as written, with its unit: "75 mg", "1.5". */
        public String text() {
            String amount = dose.stripTrailingZeros().toPlainString();
            return unit == null ? amount : amount + " " + unit;
        }
    }
}
