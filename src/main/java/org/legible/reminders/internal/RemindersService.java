package org.legible.reminders.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Preferences;
import org.legible.diary.Diary;
import org.legible.reminders.PushDevice;
import org.legible.reminders.PushSubscriptionRequest;
import org.legible.reminders.ReminderSettings;
import org.legible.reminders.Reminders;
import org.legible.system.mail.Mail;
import org.legible.system.secrets.SecretLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RemindersService implements Reminders {

    private final ReminderSettingsRepository settings;
    private final PushSubscriptionRepository subscriptions;
    private final CalendarFeedRepository calendars;
    private final PushEndpointPolicy endpoints;
    private final PushSender push;
    private final Mail email;
    private final ReminderLinks links;
    private final ReminderMessages messages;
    private final Accounts accounts;
    private final Diary diary;
    private final Clock clock;

    RemindersService(
            ReminderSettingsRepository settings,
            PushSubscriptionRepository subscriptions,
            CalendarFeedRepository calendars,
            PushEndpointPolicy endpoints,
            PushSender push,
            Mail email,
            ReminderLinks links,
            ReminderMessages messages,
            Accounts accounts,
            Diary diary,
            Clock clock) {
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.calendars = calendars;
        this.endpoints = endpoints;
        this.push = push;
        this.email = email;
        this.links = links;
        this.messages = messages;
        this.accounts = accounts;
        this.diary = diary;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReminderSettings> settings(AccountId account) {
        return settings.find(account).map(ReminderSettingsRepository.Row::settings);
    }

    @Override
    @Transactional
    public void save(AccountId account, ReminderSettings choices, String linkOrigin) {
        settings.save(account, choices, linkOrigin, clock.instant());
    }

    @Override
    public boolean emailAvailable() {
        return email.available();
    }

    @Override
    public String pushApplicationServerKey() {
        return push.applicationServerKey();
    }

    @Override
    @Transactional
    public PushDevice subscribe(AccountId account, PushSubscriptionRequest request) {
        PushSubscriptionRequest checked = endpoints.check(request);
        PushSubscriptionRepository.Subscription subscription = new PushSubscriptionRepository.Subscription(
                UUID.randomUUID().toString(),
                account,
                checked.endpoint(),
                checked.p256dh(),
                checked.auth(),
                clock.instant());
        subscriptions.save(subscription);
        return subscription.device();
    }

    @Override
    @Transactional
    public boolean unsubscribe(AccountId account, String deviceId) {
        return deviceId != null && subscriptions.delete(account, deviceId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PushDevice> pushDevices(AccountId account) {
        return subscriptions.ofAccount(account).stream()
                .map(PushSubscriptionRepository.Subscription::device)
                .toList();
    }

    @Override
    @Transactional
    public String newCalendarSecret(AccountId account) {
        String secret = SecretLinks.newLink();
        calendars.replace(account, SecretLinks.sha256Hex(secret), clock.instant());
        return secret;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasCalendar(AccountId account) {
        return calendars.exists(account);
    }

    @Override
    @Transactional
    public void revokeCalendar(AccountId account) {
        calendars.revoke(account);
    }

    @Override
    @Transactional
    public Optional<String> calendarFor(String secret, String origin) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<AccountId> owner = calendars.owner(SecretLinks.sha256Hex(secret));
        owner.ifPresent(account -> calendars.markRead(account, clock.instant()));
        return owner.map(account -> calendar(account, origin));
    }

    private String calendar(AccountId account, String origin) {
        Preferences preferences = accounts.preferences(account);
        Optional<ReminderSettingsRepository.Row> row = settings.find(account);
        ReminderSettings choices =
                row.map(ReminderSettingsRepository.Row::settings).orElse(ReminderSettings.offered());
        Instant changedAt = row.map(ReminderSettingsRepository.Row::changedAt).orElse(clock.instant());
        String base = links.base(origin).orElse(origin);
        return CalendarFeedWriter.write(
                choices,
                preferences.timeZone(),
                changedAt.atZone(preferences.timeZone()).toLocalDate(),
                changedAt,
                clock.instant(),
                SecretLinks.sha256Hex(account.value()).substring(0, 16),
                messages.text("reminders.calendar.title"),
                messages.text("reminders.message.greeting"),
                base + ReminderLinks.CHECK_IN);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean asksWhetherToPause(AccountId account) {
        return settings.find(account)
                .map(row -> row.pauseAskedOn() != null && !row.settings().paused())
                .orElse(false);
    }

    @Override
    @Transactional
    public void answerPause(AccountId account, boolean pause) {
        settings.countFrom(account, diary.today(account), pause);
    }
}
