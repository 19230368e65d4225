package org.legible.insights;

import java.time.Instant;
import java.time.LocalDate;
import org.legible.diary.RedFlag;

/**
 * A red flag answered yes in a period: on how many diary days, first and last, and when the latest check-in that
 * reported it was recorded (a clinician's check counts only for reports up to its time).
 */
public record RedFlagMention(RedFlag flag, int days, LocalDate firstDay, LocalDate lastDay, Instant lastReportedAt) {}
