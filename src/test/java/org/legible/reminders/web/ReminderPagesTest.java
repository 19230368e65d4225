package org.legible.reminders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.reminders.PushEndpoint;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The reminders page and what it hands out: choices that are refused come back with every typed value and the reason
 * next to the field; a browser's push subscription is checked before it is kept; the private calendar address gives
 * a calendar whose events and alarms fall at the chosen times, and stops when revoked or replaced.
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class ReminderPagesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    private MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-03-20T10:00:00Z"));
        ann = new People(mvc).signUp(People.uniqueEmail("ann"));
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/reminders").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void a_person_who_never_chose_is_offered_every_evening_at_eight_and_nothing_is_sent_until_they_save()
            throws Exception {
        String page = page(ann);
        assertThat(page)
                .contains("Reminders", "only on days when nothing is recorded yet", "value=\"20:00\"")
                .contains("Get a calendar address")
                .as("no mail server is configured in these tests: no e-mail choice")
                .doesNotContain("An e-mail to");
        assertThat(page.split("name=\"days\"[^>]*checked", -1)).hasSize(8);
    }

    @Test
    void the_start_page_offers_a_reminder_once_there_is_a_check_in_and_none_is_set() throws Exception {
        assertThat(today(ann)).as("nothing before the first check-in").doesNotContain("Set one up");
        new People(mvc).recordHeelAndCalf(ann);
        assertThat(today(ann)).contains("Want a reminder on days you have not checked in yet?", "href=\"/reminders\"");
        mvc.perform(
                post("/reminders").session(ann).with(csrf()).param("days", "1").param("time1", "20:00"));
        assertThat(today(ann)).doesNotContain("Set one up");
    }

    private String today(MockHttpSession session) throws Exception {
        return mvc.perform(get("/reminders/today").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void impossible_choices_come_back_with_the_reason_by_the_field_and_everything_typed_kept() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/reminders")
                        .session(ann)
                        .with(csrf())
                        .param("days", "2", "4")
                        .param("time1", "25:00")
                        .param("time2", "23:30")
                        .param("quietFrom", "22:00")
                        .param("quietUntil", "07:00"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        String page = response.getContentAsString();
        assertThat(page)
                .contains("Enter a time from 00:00 to 23:59, for example 20:00.")
                .contains("value=\"25:00\"", "value=\"23:30\"", "value=\"22:00\"", "value=\"07:00\"")
                .containsPattern("name=\"days\" value=\"2\" checked")
                .doesNotContainPattern("name=\"days\" value=\"1\" checked");

        page = mvc.perform(post("/reminders")
                        .session(ann)
                        .with(csrf())
                        .param("days", "2")
                        .param("time1", "23:00")
                        .param("quietFrom", "22:00")
                        .param("quietUntil", "07:00"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("This time is inside your quiet hours.");
        assertThat(page(ann)).as("nothing refused was saved").contains("value=\"20:00\"");
    }

    @Test
    void a_push_subscription_the_server_would_not_send_to_is_refused_in_words_and_never_a_500() throws Exception {
        PushEndpoint service = new PushEndpoint();
        try {
            PushEndpoint.Browser browser = service.browser("ann");
            String good = browser.json();
            assertThat(subscribe(good).getStatus()).isEqualTo(201);
            assertThat(page(ann)).contains("Devices that get notifications", "localhost, added 20 Mar 2026");

            MockHttpServletResponse inside =
                    subscribe(good.replace(browser.endpoint(), "http://169.254.169.254/latest"));
            assertThat(inside.getStatus()).isEqualTo(422);
            assertThat(inside.getContentType()).startsWith("application/problem+json");
            assertThat(inside.getContentAsString()).contains("notification service this server does not send to");
            assertThat(subscribe(good.replace(browser.endpoint(), "https://fcm.googleapis.com.evil.example/x"))
                            .getStatus())
                    .isEqualTo(422);
            assertThat(subscribe(good.replace(browser.p256dh(), "bm90IGEga2V5")).getContentAsString())
                    .contains("notification details could not be used");
            assertThat(subscribe(good.replace(browser.auth(), "")).getStatus()).isEqualTo(422);
            assertThat(subscribe("{\"endpoint\":").getStatus()).isEqualTo(400);
            assertThat(subscribe("{\"endpoint\":\"https://push.example/a\",\"keys\":{},\"extra\":1}")
                            .getStatus())
                    .isBetween(400, 422);
        } finally {
            service.close();
        }
    }

    @Test
    void another_person_can_neither_see_nor_stop_a_device_nor_a_calendar_that_is_not_theirs() throws Exception {
        PushEndpoint service = new PushEndpoint();
        try {
            assertThat(subscribe(service.browser("ann-only").json()).getStatus())
                    .isEqualTo(201);
            String id = page(ann).replaceAll("(?s).*/reminders/devices/([0-9a-f-]{36})/remove.*", "$1");
            MockHttpSession bob = new People(mvc).signUp(People.uniqueEmail("bob"));
            assertThat(page(bob)).doesNotContain(id, "Devices that get notifications");
            mvc.perform(
                    post("/reminders/devices/" + id + "/remove").session(bob).with(csrf()));
            mvc.perform(post("/reminders/calendar/revoke").session(bob).with(csrf()));
            assertThat(page(ann)).contains(id);
        } finally {
            service.close();
        }
    }

    private MockHttpServletResponse subscribe(String json) throws Exception {
        return mvc.perform(post("/reminders/devices")
                        .session(ann)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    @Test
    void the_calendar_address_gives_repeating_events_with_alarms_at_the_chosen_times_even_across_summer_time()
            throws Exception {
        mvc.perform(post("/reminders")
                .session(ann)
                .with(csrf())
                .param("days", "1", "3", "5")
                .param("time1", "08:30")
                .param("time2", "20:00"));
        MvcResult made = mvc.perform(post("/reminders/calendar").session(ann).with(csrf()))
                .andReturn();
        String address = (String) made.getFlashMap().get("calendarAddress");
        assertThat(address).startsWith("http://localhost/calendar/").endsWith(".ics");
        String secret = address.substring("http://localhost".length());

        MockHttpServletResponse feed = mvc.perform(get(secret)).andReturn().getResponse();
        assertThat(feed.getStatus()).as("a calendar app has no session").isEqualTo(200);
        assertThat(feed.getContentType()).startsWith("text/calendar");
        assertThat(feed.getContentAsString())
                .contains("How are your legs and feet today?", "http://localhost/check-ins/new?copy=last")
                .doesNotContain("tzurl.org");

        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getContentAsString()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        // Friday 20 March to Friday 3 April 2026: the UK's clocks go forward on 29 March.
        Period<ZonedDateTime> fortnight = new Period<>(
                ZonedDateTime.of(2026, 3, 20, 0, 0, 0, 0, LONDON), ZonedDateTime.of(2026, 4, 4, 0, 0, 0, 0, LONDON));
        for (VEvent event : events) {
            List<ZonedDateTime> starts = event.<ZonedDateTime>calculateRecurrenceSet(fortnight).stream()
                    .map(p -> p.getStart().withZoneSameInstant(LONDON))
                    .sorted()
                    .toList();
            assertThat(starts).hasSize(7);
            assertThat(starts)
                    .extracting(start -> start.getDayOfWeek().getValue())
                    .containsExactly(5, 1, 3, 5, 1, 3, 5);
            LocalTime time = starts.get(0).toLocalTime();
            assertThat(time).isIn(LocalTime.of(8, 30), LocalTime.of(20, 0));
            assertThat(starts)
                    .as("the same wall-clock time before and after the clocks change")
                    .allMatch(start -> start.toLocalTime().equals(time));
            List<VAlarm> alarms = event.getAlarms();
            assertThat(alarms).hasSize(1);
            assertThat(alarms.get(0).getTrigger().orElseThrow().getValue()).isEqualTo("PT0S");
        }

        mvc.perform(post("/reminders/calendar").session(ann).with(csrf()));
        assertThat(mvc.perform(get(secret)).andReturn().getResponse().getStatus())
                .as("a new address replaces the old")
                .isEqualTo(404);
        mvc.perform(post("/reminders/calendar/revoke").session(ann).with(csrf()));
        assertThat(page(ann)).contains("Get a calendar address").doesNotContain("Stop the calendar address");
        assertThat(mvc.perform(get("/calendar/" + "x".repeat(43) + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void paused_reminders_give_an_empty_calendar_and_say_so() throws Exception {
        mvc.perform(post("/reminders")
                .session(ann)
                .with(csrf())
                .param("days", "1")
                .param("time1", "09:00")
                .param("paused", "on"));
        assertThat(page(ann)).contains("Reminders paused.");
        String address =
                (String) mvc.perform(post("/reminders/calendar").session(ann).with(csrf()))
                        .andReturn()
                        .getFlashMap()
                        .get("calendarAddress");
        String feed = mvc.perform(get(address.substring("http://localhost".length())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(feed).contains("BEGIN:VCALENDAR").doesNotContain("BEGIN:VEVENT");
    }
}
