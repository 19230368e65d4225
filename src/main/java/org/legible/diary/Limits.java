package org.legible.diary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The documented caps on what a check-in may hold; the form and the API say them in their messages. */
public final class Limits {

    public static final int NOTE_CHARACTERS = 20_000;
    public static final int NAME_CHARACTERS = 200;
    public static final int UNIT_CHARACTERS = 32;
    public static final int MAX_MINUTES = 1440;
    public static final BigDecimal MAX_SLEEP_HOURS = BigDecimal.valueOf(24);
    public static final int SLEEP_HOURS_DECIMALS = 2;
    public static final BigDecimal MAX_DOSE = new BigDecimal("1000000");
    public static final int DOSE_DECIMALS = 3;
    /** An own item's number is as large and as fine as a dose may be. */
    public static final BigDecimal MAX_OWN_NUMBER = MAX_DOSE;

    public static final int OWN_NUMBER_DECIMALS = DOSE_DECIMALS;
    public static final int MAX_STRATEGIES = 40;
    public static final int MAX_MEDICATIONS = 30;
    public static final int MAX_TRIGGERS = 40;
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1970, 1, 1);

    private Limits() {}
}
