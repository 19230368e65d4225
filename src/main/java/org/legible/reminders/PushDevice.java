package org.legible.reminders;

import java.time.Instant;

/** A browser that receives this person's reminders; {@code service} is the push service's host, for the list. */
public record PushDevice(String id, String service, Instant addedAt) {}
