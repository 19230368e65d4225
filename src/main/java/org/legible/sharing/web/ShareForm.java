package org.legible.sharing.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.legible.insights.PeriodChoice;
import org.legible.sharing.Share;
import org.legible.sharing.ShareScope;
import org.legible.sharing.Shares;

/**
 * The new-share form as typed: a label, what it shows (with the person's notes and a FHIR download only if ticked;
 * notes only with the days, since the report never holds them), its days ({@code rolling} with {@code days}, or {@code fixed}
 * with {@code from} and {@code to}, checked by the report's own rules), how long it lasts and an optional passcode
 * (kept only as its hash once the share is made; on the change form, empty keeps the one it has and
 * {@code removePasscode} removes it). Problems are message
 * keys with their arguments, by field, in form order.
 */
record ShareForm(
        String label,
        String scope,
        String notes,
        String fhir,
        String period,
        String days,
        String from,
        String to,
        String lasts,
        String passcode,
        String removePasscode) {

    record Problem(String key, Object... args) {}

    static ShareForm blank() {
        return new ShareForm("", ShareScope.REPORT.code(), null, null, "rolling", "90", "", "", "30", "", null);
    }

    /**
     * A share as it is, for the change form: its link then lasts the shortest choice that is not shorter than what
     * is left of it (a share with 20 days left offers 30), and its passcode, never kept as typed, is left empty.
     */
    static ShareForm of(Share share, Instant now) {
        long left = Math.max(1, (Duration.between(now, share.expiresAt()).toSeconds() + 86_399) / 86_400);
        int lasts = Shares.LASTS_DAYS.stream()
                .filter(d -> d >= left)
                .findFirst()
                .orElse(Shares.LASTS_DAYS.get(Shares.LASTS_DAYS.size() - 1));
        return new ShareForm(
                share.label(),
                share.scope().code(),
                share.withNotes() ? "yes" : null,
                share.withFhir() ? "yes" : null,
                share.rolling() ? "rolling" : "fixed",
                share.rolling() ? share.periodDays().toString() : "90",
                share.rolling() ? "" : share.from().toString(),
                share.rolling() ? "" : share.to().toString(),
                Integer.toString(lasts),
                "",
                null);
    }

    /** On the change form: a new passcode typed replaces the old, the box removes it, and otherwise it stays. */
    Shares.PasscodeChange passcodeChange() {
        if ("yes".equals(removePasscode)) {
            return Shares.PasscodeChange.REMOVE;
        }
        return passcode.isEmpty() ? Shares.PasscodeChange.KEEP : Shares.PasscodeChange.REPLACE;
    }

    ShareForm {
        label = label == null ? "" : label;
        passcode = passcode == null ? "" : passcode;
    }

    Optional<Shares.NewShare> check(LocalDate today, Map<String, Problem> problems) {
        String name = label.strip();
        if (name.isEmpty()) {
            problems.put("label", new Problem("sharing.error.label"));
        } else if (name.length() > Shares.LABEL_CHARACTERS) {
            problems.put("label", new Problem("sharing.error.labelLong", Shares.LABEL_CHARACTERS, name.length()));
        }
        Optional<ShareScope> shows = ShareScope.fromCode(scope == null ? "" : scope);
        if (shows.isEmpty()) {
            problems.put("scope", new Problem("sharing.error.scope"));
        } else if (withNotes() && !shows.get().showsHistory()) {
            problems.put("notes", new Problem("sharing.error.notesNeedDays"));
        }
        Integer rollingDays = null;
        LocalDate first = null;
        LocalDate last = null;
        if ("rolling".equals(period)) {
            rollingDays = whole(days);
            if (rollingDays == null || !Shares.ROLLING_DAYS.contains(rollingDays)) {
                problems.put("days", new Problem("sharing.error.days"));
            }
        } else if ("fixed".equals(period)) {
            Map<String, PeriodChoice.Problem> periodProblems = new LinkedHashMap<>();
            Optional<PeriodChoice> chosen = PeriodChoice.parse(from, to, today, periodProblems);
            periodProblems.forEach((field, p) -> problems.put(field, new Problem(p.key(), p.args())));
            if (chosen.isPresent()) {
                first = chosen.get().from();
                last = chosen.get().to();
            }
        } else {
            problems.put("period", new Problem("sharing.error.period"));
        }
        Integer lastsDays = whole(lasts);
        if (lastsDays == null || !Shares.LASTS_DAYS.contains(lastsDays)) {
            problems.put("lasts", new Problem("sharing.error.lasts"));
        }
        // Said aloud in the consulting room, so taken exactly as typed, spaces included.
        if (!passcode.isEmpty()
                && (passcode.length() < Shares.PASSCODE_MIN || passcode.length() > Shares.PASSCODE_MAX)) {
            problems.put(
                    "passcode",
                    new Problem("sharing.error.passcode", Shares.PASSCODE_MIN, Shares.PASSCODE_MAX, passcode.length()));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Shares.NewShare(
                name,
                shows.get(),
                withNotes(),
                withFhir(),
                rollingDays,
                first,
                last,
                lastsDays,
                passcode.isEmpty() ? null : passcode));
    }

    /** A ticked box sends "yes"; an unticked one sends nothing. */
    boolean withNotes() {
        return "yes".equals(notes);
    }

    boolean withFhir() {
        return "yes".equals(fhir);
    }

    private static Integer whole(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
