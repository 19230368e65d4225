package org.legible.reminders.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Preferences;
import org.legible.diary.Diary;
import org.legible.experiments.Experiments;
import org.legible.reminders.ReminderSettings;
import org.legible.system.mail.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on every server: the reminders that just fell due are claimed in the database (one server wins each)
 * and sent, unless something is already recorded for that diary day; then deliveries that failed for a while are tried
 * again, within two hours of the reminder and outside quiet hours. After five reminder days in a row that were
 * ignored, the next reminder asks once whether to pause instead, and nothing more is sent until the person answers or
 * checks in again. Logs name accounts by id only; never an address, an endpoint or a secret.
 */
@Component
class ReminderSweep {

    static final int IGNORED_DAYS_BEFORE_ASKING = 5;
    static final int MAX_ATTEMPTS = 3;
    static final Duration RETRY_AFTER = Duration.ofMinutes(5);
    static final Duration RETRY_WINDOW = Duration.ofHours(2);

    private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);
    private static final String EMAIL = "email";
    private static final String PUSH = "push:";

    private final ReminderSettingsRepository settings;
    private final ReminderLog reminders;
    private final PushSubscriptionRepository subscriptions;
    private final PushSender push;
    private final Mail email;
    private final ReminderLinks links;
    private final ReminderMessages messages;
    private final Accounts accounts;
    private final Diary diary;
    private final Experiments experiments;
    private final Clock clock;
    private final boolean onSchedule;

    ReminderSweep(
            ReminderSettingsRepository settings,
            ReminderLog reminders,
            PushSubscriptionRepository subscriptions,
            PushSender push,
            Mail email,
            ReminderLinks links,
            ReminderMessages messages,
            Accounts accounts,
            Diary diary,
            Experiments experiments,
            Clock clock,
            @Value("${legible.reminders.sweep-enabled:true}") boolean onSchedule) {
        this.settings = settings;
        this.reminders = reminders;
        this.subscriptions = subscriptions;
        this.push = push;
        this.email = email;
        this.links = links;
        this.messages = messages;
        this.accounts = accounts;
        this.diary = diary;
        this.experiments = experiments;
        this.clock = clock;
        this.onSchedule = onSchedule;
    }

    /** Every minute on one server at a time (system.ScheduledJobs); the rows claimed below guard each reminder too. */
    @Scheduled(fixedDelayString = "${legible.reminders.sweep-every:60s}", initialDelayString = "PT20S")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT10M")
    public void onSchedule() {
        if (onSchedule) {
            sweep();
        }
    }

    /** One pass; returns how many messages went out. */
    int sweep() {
        Instant now = clock.instant();
        int sent = 0;
        for (ReminderSettingsRepository.Row row : settings.sending()) {
            try {
                sent += remind(row, now);
            } catch (RuntimeException e) {
                log.warn(
                        "reminders of account {} not sent this minute: {}",
                        row.account().value(),
                        e.getClass().getSimpleName());
            }
        }
        for (ReminderLog.Delivery delivery : reminders.retriesDue(now)) {
            try {
                sent += retry(delivery, now);
            } catch (RuntimeException e) {
                log.warn(
                        "reminder retry for account {} failed: {}",
                        delivery.account().value(),
                        e.getClass().getSimpleName());
            }
        }
        return sent;
    }

    private int remind(ReminderSettingsRepository.Row row, Instant now) {
        Preferences preferences = accounts.preferences(row.account());
        int sent = 0;
        for (ReminderPlan.Due due : ReminderPlan.dueAt(row.settings(), preferences, now)) {
            if (reminders.exists(row.account(), due.diaryDay(), due.slot())) {
                continue;
            }
            if (diary.hasCheckInOn(row.account(), due.diaryDay())) {
                reminders.claim(row.account(), due.diaryDay(), due.slot(), due.at(), ReminderLog.Outcome.RECORDED);
                continue;
            }
            if (row.pauseAskedOn() != null) {
                if (!cameBack(row, due.diaryDay())) {
                    continue; // waiting for the answer: no nagging meanwhile
                }
                settings.countFrom(row.account(), due.diaryDay(), false);
                row = row.countingFrom(due.diaryDay());
            }
            boolean ask = ignoredLong(row, due.diaryDay());
            if (!reminders.claim(
                    row.account(),
                    due.diaryDay(),
                    due.slot(),
                    due.at(),
                    ask ? ReminderLog.Outcome.ASKED : ReminderLog.Outcome.SENDING)) {
                continue; // another server has it
            }
            ReminderMessages.Kind kind = ask ? ReminderMessages.Kind.PAUSE_QUESTION : ReminderMessages.Kind.REMINDER;
            if (ask) {
                settings.askedOn(row.account(), due.diaryDay());
                row = row.askedOn(due.diaryDay());
            }
            for (String target : targets(row)) {
                ReminderLog.Delivery delivery = new ReminderLog.Delivery(
                        row.account(), due.diaryDay(), due.slot(), target, kind.code, 1, due.at());
                reminders.startDelivery(delivery, now);
                sent += deliver(delivery, row, now) ? 1 : 0;
            }
            settleIfDone(row.account(), due.diaryDay(), due.slot());
        }
        return sent;
    }

    /** A check-in on or after the day Legible asked: the person is back, so reminders carry on. */
    private boolean cameBack(ReminderSettingsRepository.Row row, LocalDate today) {
        for (LocalDate day = row.pauseAskedOn(); !day.isAfter(today); day = day.plusDays(1)) {
            if (diary.hasCheckInOn(row.account(), day)) {
                return true;
            }
        }
        return false;
    }

    /** The last few reminder days all reached the person and none of them has a check-in. */
    private boolean ignoredLong(ReminderSettingsRepository.Row row, LocalDate today) {
        List<LocalDate> days =
                reminders.reminderDays(row.account(), row.countingFrom(), today, IGNORED_DAYS_BEFORE_ASKING);
        if (days.size() < IGNORED_DAYS_BEFORE_ASKING) {
            return false;
        }
        for (LocalDate day : days) {
            if (!reminders.reachedOn(row.account(), day) || diary.hasCheckInOn(row.account(), day)) {
                return false;
            }
        }
        return true;
    }

    private List<String> targets(ReminderSettingsRepository.Row row) {
        List<String> targets = new ArrayList<>();
        if (row.settings().byEmail() && email.available()) {
            targets.add(EMAIL);
        }
        if (row.settings().byPush()) {
            subscriptions.ofAccount(row.account()).forEach(s -> targets.add(PUSH + s.id()));
        }
        return targets;
    }

    private int retry(ReminderLog.Delivery delivery, Instant now) {
        Optional<ReminderSettingsRepository.Row> row = settings.find(delivery.account());
        boolean stillWanted = row.isPresent()
                && row.get().settings().sendsAnything()
                && !(delivery.kind().equals(ReminderMessages.Kind.REMINDER.code)
                        && diary.hasCheckInOn(delivery.account(), delivery.diaryDay()));
        if (!stillWanted || !reminders.retake(delivery)) {
            if (!stillWanted) {
                reminders.finish(delivery, "failed");
                settleIfDone(delivery.account(), delivery.diaryDay(), delivery.slot());
            }
            return 0;
        }
        ReminderLog.Delivery taken = new ReminderLog.Delivery(
                delivery.account(),
                delivery.diaryDay(),
                delivery.slot(),
                delivery.target(),
                delivery.kind(),
                delivery.attempts() + 1,
                delivery.dueAt());
        boolean sent = deliver(taken, row.get(), now);
        settleIfDone(delivery.account(), delivery.diaryDay(), delivery.slot());
        return sent ? 1 : 0;
    }

    /** Sends one delivery and records how it went; true when it went out. */
    private boolean deliver(ReminderLog.Delivery delivery, ReminderSettingsRepository.Row row, Instant now) {
        ReminderMessages.Kind kind = ReminderMessages.Kind.fromCode(delivery.kind());
        PushSender.Result result;
        if (delivery.target().equals(EMAIL)) {
            result = sendEmail(kind, row, blockLine(delivery));
        } else {
            String id = delivery.target().substring(PUSH.length());
            Optional<PushSubscriptionRepository.Subscription> to = subscriptions.find(row.account(), id);
            result = to.isEmpty()
                    ? PushSender.Result.GONE
                    : push.send(to.get(), messages.pushPayload(kind, blockLine(delivery)), ReminderMessages.TOPIC);
            if (result == PushSender.Result.GONE) {
                subscriptions.delete(row.account(), id);
                log.info(
                        "push subscription {} of account {} is gone; forgotten",
                        id,
                        row.account().value());
                reminders.finish(delivery, "failed");
                return false;
            }
        }
        if (result == PushSender.Result.SENT) {
            reminders.finish(delivery, "sent");
            reminders.settle(row.account(), delivery.diaryDay(), delivery.slot(), ReminderLog.Outcome.SENT);
            return true;
        }
        Instant retryAt = now.plus(RETRY_AFTER.multipliedBy(delivery.attempts()));
        boolean retry = result == PushSender.Result.RETRY
                && delivery.attempts() < MAX_ATTEMPTS
                && retryAt.isBefore(delivery.dueAt().plus(RETRY_WINDOW))
                && !quiet(row, retryAt);
        log.warn(
                "reminder for account {} on {} via {} not delivered ({}, attempt {}){}",
                row.account().value(),
                delivery.diaryDay(),
                delivery.target().startsWith(PUSH) ? "push" : "email",
                result,
                delivery.attempts(),
                retry ? ", will try again" : "");
        if (retry) {
            reminders.retryAt(delivery, retryAt);
        } else {
            reminders.finish(delivery, "failed");
        }
        return false;
    }

    private Optional<String> blockLine(ReminderLog.Delivery delivery) {
        return messages.blockLine(experiments.blockOn(delivery.account(), delivery.diaryDay()));
    }

    private PushSender.Result sendEmail(
            ReminderMessages.Kind kind, ReminderSettingsRepository.Row row, Optional<String> blockLine) {
        Optional<String> base = links.base(row.linkOrigin());
        if (base.isEmpty() || !email.available()) {
            return PushSender.Result.REFUSED;
        }
        boolean sent = email.send(
                accounts.email(row.account()),
                messages.subject(kind),
                messages.emailText(kind, base.get(), blockLine),
                base.get() + ReminderLinks.SETTINGS);
        return sent ? PushSender.Result.SENT : PushSender.Result.RETRY;
    }

    private boolean quiet(ReminderSettingsRepository.Row row, Instant at) {
        ReminderSettings.QuietHours quiet = row.settings().quietHours();
        if (quiet == null) {
            return false;
        }
        LocalTime local =
                at.atZone(accounts.preferences(row.account()).timeZone()).toLocalTime();
        return quiet.contains(local);
    }

    /** A reminder none of whose deliveries went out, with none left to try, was missed. */
    private void settleIfDone(AccountId account, LocalDate day, int slot) {
        if (!reminders.openDeliveries(account, day, slot)) {
            reminders.settle(account, day, slot, ReminderLog.Outcome.MISSED);
        }
    }
}
