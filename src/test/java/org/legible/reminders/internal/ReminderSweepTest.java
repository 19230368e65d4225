package org.legible.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legible.accounts.Accounts;
import org.legible.reminders.PushEndpoint;
import org.legible.reminders.Reminders;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.legible.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reminders through real parts: an SMTP server (GreenMail) and a push service started here receive what the sweep
 * sends, at the times a test clock sets. Each test has its own person; the sweep runs for everyone, as it does on a
 * server, so each test reads only what reached its own person.
 */
@LegibleTest
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class ReminderSweepTest {

    private static final TestMailServer smtp = new TestMailServer();
    private static PushEndpoint pushService;

    /** Tuesday 1 December 2026, 20:00 in London (GMT in winter). */
    private static final Instant EIGHT_PM = Instant.parse("2026-12-01T20:00:00Z");

    private static final String GREETING = "How are your legs and feet today?";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ReminderSweep sweep;

    @Autowired
    Reminders reminders;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void startServers() throws IOException {
        smtp.start();
        pushService = new PushEndpoint();
    }

    @AfterAll
    static void stopServers() {
        smtp.stop();
        pushService.close();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        smtp.configure(properties);
    }

    private MockHttpSession personWithReminders(String email, String... channels) throws Exception {
        clock.set(EIGHT_PM.minus(Duration.ofDays(2)));
        // With e-mail set up, open sign-up goes through a mailed code (SignupByEmailTest); here the account is made
        // directly, so the only mail is the reminders'.
        accounts.register(email, People.PASSPHRASE, java.time.ZoneId.of("Europe/London"), null);
        MockHttpSession session = new People(mvc).signIn(email, People.PASSPHRASE);
        var request = post("/reminders")
                .session(session)
                .with(csrf())
                .param("days", "1", "2", "3", "4", "5", "6", "7")
                .param("time1", "20:00");
        for (String channel : channels) {
            request.param(channel, "on");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return session;
    }

    /** A session started now: the test clock jumps days ahead, past any session's end. */
    private MockHttpSession signedIn(String email) throws Exception {
        return new People(mvc).signIn(email, People.PASSPHRASE);
    }

    private PushEndpoint.Browser subscribe(MockHttpSession session, String name) throws Exception {
        PushEndpoint.Browser browser = pushService.browser(name);
        mvc.perform(post("/reminders/devices")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(browser.json()))
                .andExpect(status().isCreated());
        return browser;
    }

    private int sweepAt(Instant when) {
        clock.set(when);
        return sweep.sweep();
    }

    private static List<MimeMessage> mailTo(String email) {
        return smtp.to(email);
    }

    @Test
    void an_email_reminder_goes_once_at_the_chosen_time_and_only_on_a_day_with_nothing_recorded() throws Exception {
        String email = People.uniqueEmail("ann");
        personWithReminders(email, "byEmail");
        clock.set(EIGHT_PM.minus(Duration.ofDays(1)).minus(Duration.ofHours(3)));
        new People(mvc).recordHeelAndCalf(signedIn(email));

        sweepAt(EIGHT_PM.minus(Duration.ofDays(1)));
        assertThat(mailTo(email)).as("a check-in is already there that day").isEmpty();

        sweepAt(EIGHT_PM.minusSeconds(1));
        assertThat(mailTo(email)).isEmpty();
        sweepAt(EIGHT_PM);
        sweepAt(EIGHT_PM.plusSeconds(60));
        sweepAt(EIGHT_PM.plusSeconds(300));
        List<MimeMessage> mail = mailTo(email);
        assertThat(mail).as("once, however often the sweep runs").hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo(GREETING);
        assertThat(mail.get(0).getFrom()[0].toString()).isEqualTo("legible@legible.example");
        assertThat(mail.get(0).getHeader("List-Unsubscribe")[0]).isEqualTo("<http://localhost/reminders>");
        String body = GreenMailUtil.getBody(mail.get(0));
        assertThat(body)
                .contains(GREETING, "http://localhost/check-ins/new?copy=last", "http://localhost/reminders")
                .as("nothing recorded is ever in a reminder")
                .doesNotContain("heel", "calf", "burning", "7");

        // The next day, two servers sweep at the same moment: one e-mail.
        clock.set(EIGHT_PM.plus(Duration.ofDays(1)));
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(sweep::sweep, sweep::sweep);
            servers.invokeAll(both);
        } finally {
            servers.shutdownNow();
        }
        assertThat(mailTo(email)).hasSize(2);
    }

    @Test
    void a_time_missed_while_the_server_was_down_is_skipped_not_sent_late() throws Exception {
        String email = People.uniqueEmail("dan");
        personWithReminders(email, "byEmail");
        sweepAt(EIGHT_PM.plus(Duration.ofMinutes(45)));
        assertThat(mailTo(email)).isEmpty();
        sweepAt(EIGHT_PM.plus(Duration.ofDays(1)));
        assertThat(mailTo(email)).hasSize(1);
    }

    @Test
    void an_smtp_server_that_is_away_gets_the_reminder_on_a_later_try_and_nothing_is_lost(CapturedOutput output)
            throws Exception {
        String email = People.uniqueEmail("eve");
        personWithReminders(email, "byEmail");
        smtp.stop();
        try {
            sweepAt(EIGHT_PM.plus(Duration.ofDays(3)));
        } finally {
            smtp.start();
        }
        assertThat(mailTo(email)).isEmpty();
        sweepAt(EIGHT_PM.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(4)));
        assertThat(mailTo(email)).as("not before its retry time").isEmpty();
        sweepAt(EIGHT_PM.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(5)));
        assertThat(mailTo(email)).hasSize(1);
        sweepAt(EIGHT_PM.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(15)));
        assertThat(mailTo(email)).hasSize(1);
        assertThat(output.getAll())
                .as("the failure is logged by account id, never by address")
                .contains("via email not delivered (RETRY, attempt 1), will try again")
                .doesNotContain(email);
    }

    @Test
    void a_push_reminder_arrives_encrypted_for_that_browser_signed_by_the_server_and_opens_the_repeat_check_in()
            throws Exception {
        MockHttpSession cara = personWithReminders(People.uniqueEmail("cara"), "byPush");
        PushEndpoint.Browser phone = subscribe(cara, "cara-phone");
        sweepAt(EIGHT_PM);

        List<PushEndpoint.Push> pushes = pushService.receivedBy(phone);
        assertThat(pushes).hasSize(1);
        PushEndpoint.Push push = pushes.get(0);
        assertThat(push.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(Integer.parseInt(push.header("TTL"))).isPositive();
        assertThat(PushEndpoint.signedBy(push, reminders.pushApplicationServerKey(), pushService.origin()))
                .as("VAPID: signed with the server's key for this push service")
                .isTrue();
        assertThat(phone.decrypt(push))
                .isEqualTo("{\"title\":\"Legible\",\"body\":\"" + GREETING
                        + "\",\"url\":\"/check-ins/new?copy=last\",\"tag\":\"legible-reminder\"}");
        assertThat(new String(push.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("nothing readable on the way")
                .doesNotContain("legs");
    }

    @Test
    void during_an_experiment_in_blocks_the_reminder_says_which_block_the_day_is_in_but_never_what_it_asks()
            throws Exception {
        String email = People.uniqueEmail("fay");
        MockHttpSession fay = personWithReminders(email, "byPush", "byEmail");
        PushEndpoint.Browser phone = subscribe(fay, "fay-phone");
        clock.set(EIGHT_PM.minus(Duration.ofHours(2)));
        mvc.perform(post("/experiments")
                        .session(signedIn(email))
                        .with(csrf())
                        .param("design", "on-off")
                        .param("strategy", "heat")
                        .param("blockDays", "3")
                        .param("pairs", "2"))
                .andExpect(status().is3xxRedirection());

        sweepAt(EIGHT_PM);
        assertThat(phone.decrypt(pushService.receivedBy(phone).get(0)))
                .contains("\"body\":\"" + GREETING + " Your experiment: block 1 of 4 begins today.\"");
        sweepAt(EIGHT_PM.plus(Duration.ofDays(1)));
        assertThat(phone.decrypt(pushService.receivedBy(phone).get(1)))
                .contains("\"body\":\"" + GREETING + " Your experiment: block 1 of 4.\"")
                .as("what a block asks is health data, never in a notification")
                .doesNotContainIgnoringCase("heat")
                .doesNotContain("without");
        assertThat(GreenMailUtil.getBody(mailTo(email).get(1)))
                .contains("Your experiment: block 1 of 4.")
                .doesNotContainIgnoringCase("heat");
    }

    @Test
    void a_browser_that_has_unsubscribed_is_forgotten_and_a_busy_service_is_tried_again(CapturedOutput output)
            throws Exception {
        String email = People.uniqueEmail("fay");
        MockHttpSession fay = personWithReminders(email, "byPush");
        PushEndpoint.Browser old = subscribe(fay, "fay-old");
        PushEndpoint.Browser busy = subscribe(fay, "fay-busy");
        pushService.answer(old, 410);
        pushService.answer(busy, 503);
        sweepAt(EIGHT_PM.plus(Duration.ofDays(4)));
        assertThat(reminders.pushDevices(accounts.findByEmail(email).orElseThrow()))
                .extracting(org.legible.reminders.PushDevice::service)
                .as("the browser that said it is gone is no longer sent to")
                .hasSize(1);
        pushService.answer(busy, 201);
        sweepAt(EIGHT_PM.plus(Duration.ofDays(4)).plus(Duration.ofMinutes(5)));
        assertThat(pushService.receivedBy(busy)).hasSize(2);
        assertThat(pushService.receivedBy(old)).hasSize(1);
        assertThat(output.getAll())
                .as("logged by ids: never the endpoint, its keys or the address")
                .contains("is gone; forgotten", "via push not delivered (RETRY, attempt 1)")
                .doesNotContain(busy.endpoint(), busy.p256dh(), busy.auth(), old.endpoint(), email);
    }

    @Test
    void after_five_ignored_reminder_days_it_asks_once_whether_to_pause_then_waits_for_the_answer() throws Exception {
        String email = People.uniqueEmail("gus");
        MockHttpSession gus = personWithReminders(email, "byPush");
        PushEndpoint.Browser phone = subscribe(gus, "gus-phone");
        Instant first = EIGHT_PM.plus(Duration.ofDays(10));
        for (int day = 0; day < 8; day++) {
            sweepAt(first.plus(Duration.ofDays(day)));
        }
        List<PushEndpoint.Push> pushes = pushService.receivedBy(phone);
        assertThat(pushes)
                .as("five reminders, then the question once, then quiet")
                .hasSize(6);
        assertThat(phone.decrypt(pushes.get(4))).contains(GREETING);
        assertThat(phone.decrypt(pushes.get(5)))
                .contains("Shall Legible pause your reminders?", "\"url\":\"/reminders\"");
        gus = signedIn(email);
        assertThat(mvc.perform(get("/reminders").session(gus))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Pause your reminders?", "Keep reminding me");

        mvc.perform(post("/reminders/pause-answer").session(gus).with(csrf()).param("pause", "no"))
                .andExpect(status().is3xxRedirection());
        sweepAt(first.plus(Duration.ofDays(8)));
        assertThat(pushService.receivedBy(phone)).hasSize(7);
        assertThat(mvc.perform(get("/reminders").session(gus))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Keep reminding me");
    }
}
