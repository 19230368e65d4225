package org.legible.accounts;

import java.time.Instant;

/** A phone or computer a person stays signed in on: a name for it, when it was last used, and whether it is this one. */
public record RememberedDevice(String id, String label, Instant lastUsedAt, boolean current) {}
