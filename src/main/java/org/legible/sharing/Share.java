package org.legible.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One share as its owner sees it: their own label for it, what it shows (with their notes in their own words and a
 * FHIR download only if they ticked them), its days (the last {@code periodDays}, rolling on, or {@code from} to
 * {@code to}), whether it asks for a passcode, when it ends and whether they revoked it.
 */
public record Share(
        UUID id,
        String label,
        ShareScope scope,
        boolean withNotes,
        boolean withFhir,
        Integer periodDays,
        LocalDate from,
        LocalDate to,
        boolean asksPasscode,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt) {

    /** The person's notes are shown only with the days, and only when they ticked it. */
    public boolean showsNotes() {
        return withNotes && scope.showsHistory();
    }

    public boolean rolling() {
        return periodDays != null;
    }

    /** Open at {@code now}: neither revoked nor past its end. */
    public boolean openAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** The first day shown when today is {@code today}. */
    public LocalDate fromOn(LocalDate today) {
        return rolling() ? today.minusDays(periodDays - 1L) : from;
    }

    /** The last day shown when today is {@code today}. */
    public LocalDate toOn(LocalDate today) {
        return rolling() ? today : to;
    }
}
