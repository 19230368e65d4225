package org.legible.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;

/** The sharing module's facade. Everything but {@link #find} is scoped to the share's owner. */
public interface Shares {

    /** How long a share may last, in days: from one day to six months. */
    List<Integer> LASTS_DAYS = List.of(1, 7, 14, 30, 90, 182);

    /** The rolling periods offered: the last 30, 90 or 180 days, whatever day the link is opened. */
    List<Integer> ROLLING_DAYS = List.of(30, 90, 180);

    /** The longest label a person may give a share. */
    int LABEL_CHARACTERS = 100;

    /**
     * What a new share holds, already checked (sharing.web.ShareForm): a label, a scope, either {@code periodDays} or
     * {@code from} and {@code to}, and how many days it lasts (one of {@link #LASTS_DAYS}).
     */
    record NewShare(
            String label,
            ShareScope scope,
            boolean withNotes,
            boolean withFhir,
            Integer periodDays,
            LocalDate from,
            LocalDate to,
            int lastsDays,
            String passcode) {}

    /** The shortest and longest passcode a person may set. */
    int PASSCODE_MIN = 6;

    int PASSCODE_MAX = 64;

    /** What a typed passcode did: opened the share, was wrong, or came while guesses must wait ({@code waitFor}). */
    record PasscodeOutcome(boolean accepted, java.time.Duration waitFor) {}

    /** A share just made, with its link: shown once, since only its hash is kept. */
    record Created(Share share, String link) {}

    /**
     * A share a link named, with its owner and a stamp of its passcode as stored now ({@code passcodeStamp}: a digest
     * of the passcode's hash, not the hash; null when it asks for none), which changes whenever the passcode does.
     */
    record Found(AccountId owner, Share share, String passcodeStamp) {}

    Created create(AccountId account, NewShare share);

    /** What to do with a share's passcode when it is changed: keep it, take the new one typed, or ask for none. */
    enum PasscodeChange {
        KEEP,
        REPLACE,
        REMOVE
    }

    /**
     * Changes an open share of the person's: what it shows, its days, its label and its passcode; it then lasts
     * {@code lastsDays} from now. The link stays the same. False if the share is not theirs, or has ended.
     */
    boolean change(AccountId account, UUID share, NewShare changed, PasscodeChange passcode);

    /** The person's shares, newest first, open and ended alike. */
    List<Share> list(AccountId account);

    /** Ends the share from the next request on; false if it is not this person's or already revoked. */
    boolean revoke(AccountId account, UUID share);

    /** The share a link names, open or ended; empty for a link that never was. */
    Optional<Found> find(String link);

    /**
     * Checks a passcode typed for a share that asks for one. Guesses are throttled per share and per address
     * ({@code address}); a wrong one is written to the owner's access log.
     */
    PasscodeOutcome tryPasscode(Found found, String passcode, String address);

    /** Adds a line to the owner's access log. */
    void record(Found found, AccessEvent.Kind kind);

    /** Adds a line to the person's access log for what they took out themselves (an export, their report's PDF). */
    void recordOwn(AccountId account, AccessEvent.Kind kind);

    /** The most lines the access log page shows at once; older ones are on the next pages and all are in the export. */
    int LOG_PAGE_SIZE = 100;

    /** One page of the person's access log, newest first, and whether there are older lines. */
    record LogPage(List<AccessEvent> events, int page, boolean hasOlder) {}

    LogPage accessLog(AccountId account, int page);

    /** The person's whole access log, newest first (for the export). */
    List<AccessEvent> accessLog(AccountId account);
}
