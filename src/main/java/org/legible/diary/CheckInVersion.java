package org.legible.diary;

import java.time.Instant;

/** An earlier version of a check-in, kept when it was corrected: what was known from savedAt until supersededAt. */
public record CheckInVersion(int version, Instant savedAt, Instant supersededAt, CheckInDetails details) {}
