package org.legible.diary;

import java.time.LocalDate;
import java.util.List;

/** One page of the diary days that hold anything (a check-in or something brought in), newest first. */
public record DayPage(List<LocalDate> days, int page, boolean hasOlder) {

    public DayPage {
        days = List.copyOf(days);
    }
}
