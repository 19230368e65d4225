package org.legible.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountEvents;
import org.legible.accounts.AccountId;
import org.legible.diary.DiaryEvents;
import org.legible.reports.ClinicianReports;
import org.legible.sharing.AccessEvent;
import org.legible.sharing.Share;
import org.legible.sharing.Shares;
import org.legible.system.secrets.SecretLinks;
import org.legible.system.throttle.Lockout;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SharesService implements Shares {

    private final ShareRepository shares;
    private final Clock clock;
    private final PasswordEncoder hashing;
    private final Lockout guessesPerShare;
    private final Lockout guessesPerAddress;

    /**
     * A passcode is short and said aloud, so guesses are what protect it (with the link itself): five wrong ones
     * within 15 minutes lock the share, or the address, for 15 minutes, doubling up to a day (system.throttle).
     */
    SharesService(ShareRepository shares, Clock clock, PasswordEncoder hashing, JdbcClient jdbc) {
        this.shares = shares;
        this.clock = clock;
        this.hashing = hashing;
        this.guessesPerShare = new Lockout(
                jdbc, "share-passcode", 5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofDays(1));
        this.guessesPerAddress = new Lockout(
                jdbc, "share-passcode-address", 5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofDays(1));
    }

    @Override
    @Transactional
    public Created create(AccountId account, NewShare request) {
        if (!LASTS_DAYS.contains(request.lastsDays())) {
            throw new IllegalArgumentException("a share lasts one of " + LASTS_DAYS + " days");
        }
        String link = SecretLinks.newLink();
        Instant now = clock.instant();
        String passcode = request.passcode() == null || request.passcode().isBlank() ? null : request.passcode();
        Share share = share(UUID.randomUUID(), request, passcode != null, now);
        shares.insert(account, share, SecretLinks.sha256Hex(link), passcode == null ? null : hashing.encode(passcode));
        return new Created(share, link);
    }

    @Override
    @Transactional
    public boolean change(AccountId account, UUID share, NewShare changed, PasscodeChange passcode) {
        if (!LASTS_DAYS.contains(changed.lastsDays())) {
            throw new IllegalArgumentException("a share lasts one of " + LASTS_DAYS + " days");
        }
        Instant now = clock.instant();
        String typed = changed.passcode() == null || changed.passcode().isBlank() ? null : changed.passcode();
        PasscodeChange what = passcode == PasscodeChange.REPLACE && typed == null ? PasscodeChange.KEEP : passcode;
        Share after = share(share, changed, what == PasscodeChange.REPLACE, now);
        return shares.change(account, after, what, what == PasscodeChange.REPLACE ? hashing.encode(typed) : null, now);
    }

    /** A share as asked for, made or changed {@code now}: notes only with the days, and it lasts from now. */
    private static Share share(UUID id, NewShare request, boolean asksPasscode, Instant now) {
        return new Share(
                id,
                request.label().strip(),
                request.scope(),
                request.withNotes() && request.scope().showsHistory(),
                request.withFhir(),
                request.periodDays(),
                request.periodDays() == null ? request.from() : null,
                request.periodDays() == null ? request.to() : null,
                asksPasscode,
                now,
                now.plus(Duration.ofDays(request.lastsDays())),
                null);
    }

    @Override
    public List<Share> list(AccountId account) {
        return shares.list(account);
    }

    @Override
    @Transactional
    public boolean revoke(AccountId account, UUID share) {
        return shares.revoke(account, share, clock.instant());
    }

    @Override
    public Optional<Found> find(String link) {
        if (!SecretLinks.wellFormed(link)) {
            return Optional.empty();
        }
        return shares.byTokenHash(SecretLinks.sha256Hex(link));
    }

    @Override
    @Transactional
    public PasscodeOutcome tryPasscode(Found found, String passcode, String address) {
        Instant now = clock.instant();
        String share = found.share().id().toString();
        Optional<Duration> wait =
                guessesPerShare.lockedFor(share, now).or(() -> guessesPerAddress.lockedFor(address, now));
        if (wait.isPresent()) {
            return new PasscodeOutcome(false, wait.get());
        }
        Optional<String> hash = shares.passcodeHash(found.share().id());
        if (hash.isEmpty()) {
            return new PasscodeOutcome(true, Duration.ZERO);
        }
        if (passcode != null && passcode.length() <= PASSCODE_MAX && hashing.matches(passcode, hash.get())) {
            guessesPerShare.succeeded(share);
            return new PasscodeOutcome(true, Duration.ZERO);
        }
        guessesPerShare.failed(share, now);
        guessesPerAddress.failed(address, now);
        shares.addEvent(found.owner(), found.share().id(), AccessEvent.Kind.PASSCODE_REFUSED, now);
        return new PasscodeOutcome(false, Duration.ZERO);
    }

    @Override
    @Transactional
    public void record(Found found, AccessEvent.Kind kind) {
        shares.addEvent(found.owner(), found.share().id(), kind, clock.instant());
    }

    @Override
    @Transactional
    public void recordOwn(AccountId account, AccessEvent.Kind kind) {
        shares.addEvent(account, null, kind, clock.instant());
    }

    /** The person's report PDF, made in the reports module (which cannot know this one), by them or a carer. */
    @EventListener
    void reportPdfDownloaded(ClinicianReports.PdfDownloaded event) {
        shares.addEvent(event.account(), null, null, event.carer(), AccessEvent.Kind.REPORT_PDF, null, clock.instant());
    }

    /** A read through the API, published by accounts (which knows the token but not this module). */
    @EventListener
    void apiRead(AccountEvents.ApiRead event) {
        shares.addEvent(
                event.accountId(),
                null,
                event.tokenName(),
                null,
                AccessEvent.Kind.API_READ,
                shortened(event.path()),
                clock.instant());
    }

    /** A page of the person's diary a carer read for them, published by accounts. */
    @EventListener
    void carerRead(AccountEvents.CarerRead event) {
        shares.addEvent(
                event.person(),
                null,
                null,
                event.carer(),
                AccessEvent.Kind.CARER_READ,
                shortened(event.path()),
                clock.instant());
    }

    /** A check-in a carer just recorded for the person, told by the diary when it saved it. */
    @EventListener
    void checkInRecorded(DiaryEvents.CheckInRecorded event) {
        if (event.enteredBy() != null) {
            shares.addEvent(
                    event.accountId(),
                    null,
                    null,
                    event.enteredBy(),
                    AccessEvent.Kind.CARER_CHECKIN,
                    null,
                    clock.instant());
        }
    }

    private static String shortened(String path) {
        return path.length() > 200 ? path.substring(0, 200) : path;
    }

    @Override
    public List<AccessEvent> accessLog(AccountId account) {
        return shares.events(account, 0, Integer.MAX_VALUE);
    }

    @Override
    public LogPage accessLog(AccountId account, int page) {
        List<AccessEvent> events = shares.events(account, page * LOG_PAGE_SIZE, LOG_PAGE_SIZE + 1);
        boolean older = events.size() > LOG_PAGE_SIZE;
        return new LogPage(older ? events.subList(0, LOG_PAGE_SIZE) : events, page, older);
    }
}
