package org.legible.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.reminders.ReminderSettings;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What keeps a reminder from going twice, on SQLite and PostgreSQL: its row is claimed once however many servers
 * (threads here) try at the same moment; a delivery is retaken by one of them only; settings round-trip; the server's
 * push key is made once and read back the same.
 */
class ReminderStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-01T20:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-12-01");

    private JdbcClient jdbc;
    private ReminderLog log;

    private void open(Kind kind) {
        jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        log = new ReminderLog(jdbc);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void eight_servers_claiming_the_same_reminder_at_once_let_exactly_one_send_it(Kind kind) throws Exception {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        ExecutorService servers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims =
                    java.util.Collections.nCopies(8, () -> log.claim(ann, DAY, 0, NOW, ReminderLog.Outcome.SENDING));
            int winners = 0;
            for (Future<Boolean> claim : servers.invokeAll(claims)) {
                winners += claim.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            servers.shutdownNow();
        }
        assertThat(log.exists(ann, DAY, 0)).isTrue();
        assertThat(log.claim(ann, DAY, 1, NOW, ReminderLog.Outcome.SENDING))
                .as("the day's second time is its own reminder")
                .isTrue();
        assertThat(log.claim(ann, DAY.plusDays(1), 0, NOW.plusSeconds(86_400), ReminderLog.Outcome.SENDING))
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_failed_delivery_is_retaken_once_when_due_and_never_while_it_is_being_sent(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        log.claim(ann, DAY, 0, NOW, ReminderLog.Outcome.SENDING);
        ReminderLog.Delivery first = new ReminderLog.Delivery(ann, DAY, 0, "email", "reminder", 1, NOW);
        log.startDelivery(first, NOW);
        assertThat(log.retriesDue(NOW.plusSeconds(3600)))
                .as("being sent: not a retry, even if the server died meanwhile")
                .isEmpty();
        assertThat(log.openDeliveries(ann, DAY, 0)).isTrue();

        log.retryAt(first, NOW.plusSeconds(300));
        assertThat(log.retriesDue(NOW.plusSeconds(299))).isEmpty();
        List<ReminderLog.Delivery> due = log.retriesDue(NOW.plusSeconds(300));
        assertThat(due).hasSize(1);
        assertThat(due.get(0).attempts()).isEqualTo(1);
        assertThat(due.get(0).dueAt()).isEqualTo(NOW);
        assertThat(log.retake(due.get(0))).isTrue();
        assertThat(log.retake(due.get(0))).as("a second server finds it taken").isFalse();

        log.finish(first, "sent");
        log.settle(ann, DAY, 0, ReminderLog.Outcome.SENT);
        assertThat(log.openDeliveries(ann, DAY, 0)).isFalse();
        assertThat(log.reachedOn(ann, DAY)).isTrue();
        assertThat(log.reminderDays(ann, null, DAY.plusDays(1), 5)).containsExactly(DAY);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void settings_are_kept_as_chosen_and_only_for_their_person(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        ReminderSettingsRepository settings = new ReminderSettingsRepository(jdbc);
        ReminderSettings chosen = new ReminderSettings(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(LocalTime.of(8, 30), LocalTime.of(19, 45)),
                new ReminderSettings.QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
                true,
                false,
                false);
        settings.save(ann, chosen, "https://legible.example", NOW);
        assertThat(settings.find(ann).orElseThrow().settings()).isEqualTo(chosen);
        assertThat(settings.find(ann).orElseThrow().linkOrigin()).isEqualTo("https://legible.example");
        assertThat(settings.find(bob)).isEmpty();
        assertThat(settings.sending())
                .extracting(ReminderSettingsRepository.Row::account)
                .containsExactly(ann);

        settings.save(ann, chosen.withPaused(true), null, NOW);
        assertThat(settings.sending()).as("paused: nothing to send").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_browser_subscribing_again_replaces_its_old_subscription_even_for_another_person(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        PushSubscriptionRepository subscriptions = new PushSubscriptionRepository(jdbc);
        subscriptions.save(new PushSubscriptionRepository.Subscription(
                "11111111-1111-1111-1111-111111111111", ann, "https://push.example/shared", "k1", "a1", NOW));
        subscriptions.save(new PushSubscriptionRepository.Subscription(
                "22222222-2222-2222-2222-222222222222", ann, "https://push.example/phone", "k2", "a2", NOW));
        assertThat(subscriptions.ofAccount(ann)).hasSize(2);
        assertThat(subscriptions.ofAccount(ann).get(0).device().service()).isEqualTo("push.example");

        subscriptions.save(new PushSubscriptionRepository.Subscription(
                "33333333-3333-3333-3333-333333333333", bob, "https://push.example/shared", "k3", "a3", NOW));
        assertThat(subscriptions.ofAccount(ann))
                .as("the shared browser now reminds Bob, never Ann")
                .extracting(PushSubscriptionRepository.Subscription::endpoint)
                .containsExactly("https://push.example/phone");
        assertThat(subscriptions.delete(bob, "22222222-2222-2222-2222-222222222222"))
                .isFalse();
        assertThat(subscriptions.find(ann, "22222222-2222-2222-2222-222222222222"))
                .isPresent();
        assertThat(subscriptions.delete(ann, "22222222-2222-2222-2222-222222222222"))
                .isTrue();
        assertThat(subscriptions.ofAccount(ann)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_calendar_address_is_found_by_its_hash_only_until_it_is_replaced_or_revoked(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        CalendarFeedRepository calendars = new CalendarFeedRepository(jdbc);
        calendars.replace(ann, "hash-one", NOW);
        assertThat(calendars.owner("hash-one")).contains(ann);
        calendars.replace(ann, "hash-two", NOW);
        assertThat(calendars.owner("hash-one")).isEmpty();
        assertThat(calendars.owner("hash-two")).contains(ann);
        calendars.markRead(ann, NOW);
        calendars.revoke(ann);
        assertThat(calendars.owner("hash-two")).isEmpty();
        assertThat(calendars.exists(ann)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void the_push_key_pair_is_made_once_and_every_server_reads_the_same(Kind kind) {
        open(kind);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ServerKeys first = new ServerKeys(jdbc, clock);
        ServerKeys second = new ServerKeys(jdbc, clock);
        assertThat(second.vapid().getX509PublicKey()).isEqualTo(first.vapid().getX509PublicKey());
        assertThat(second.vapid().getPkcs8PrivateKey()).isEqualTo(first.vapid().getPkcs8PrivateKey());
        assertThat(first.vapid().getApplicationServerKey()).hasSize(65);
    }
}
