package org.legible.diary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A current check-in's day and its 0–10 numbers and hours, without places, words or notes: what a view of years at
 * once needs, read without the check-in's children.
 */
public record CheckInScores(
        LocalDate day, int overallPain, Integer fatigue, BigDecimal sleepHours, Integer restlessUrge) {}
