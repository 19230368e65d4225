/**
 * Check-ins: record (also sent later from a phone that was offline, once per key), correct (keeping every earlier
 * version), delete and list, with the diary-day rule; sleep, fatigue, restless legs, strategies, medications,
 * triggers and red flags, one set of rules for every channel. Also the strategies a person tracks, the red flags a
 * clinician has checked, and what imports brought in (measured nights and steps, other trackers' entries).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "bodymap", "system :: sql"})
package org.legible.diary;
