package org.legible.insights;

import java.time.LocalDate;
import org.legible.diary.RedFlag;

/** A red flag answered yes in a period: on how many diary days, first and last. */
public record RedFlagMention(RedFlag flag, int days, LocalDate firstDay, LocalDate lastDay) {}
