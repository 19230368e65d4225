/**
 * Check-ins: record, correct (keeping every earlier version), delete and list, with the diary-day rule; sleep,
 * fatigue, restless legs, strategies, medications and triggers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "bodymap", "system :: sql"})
package org.legible.diary;
