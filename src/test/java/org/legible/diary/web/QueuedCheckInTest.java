package org.legible.diary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A check-in kept on a device without a connection and sent later, and a form sent twice: recorded once, on the day it
 * was made, with answers the script can act on. Ann lives in London with the default day boundary (04:00).
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class QueuedCheckInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    People people;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        ann = people.signUp(People.uniqueEmail("ann"));
    }

    private static MockHttpServletRequestBuilder queued(MockHttpSession session, String key, String madeAt) {
        int heel = People.siteIndex("heel-left");
        return People.checkIn("/check-ins/queued", session)
                .param("sites[" + heel + "].selected", "on")
                .param("sites[" + heel + "].intensity", "5")
                .param("overallPain", "5")
                .param("idempotencyKey", key)
                .param("madeAt", madeAt);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private int checkIns(MockHttpSession session) throws Exception {
        String history = mvc.perform(get("/history").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return history.split("class=\"check-in-entry\"", -1).length - 1;
    }

    @Test
    void a_check_in_made_offline_lands_on_the_day_it_was_made_and_sending_it_again_records_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        // Made at 01:30 London time on the 9th: before the day boundary, so it belongs to the 8th.
        MockHttpServletResponse first = send(queued(ann, key, "2026-03-09T01:30:00Z"));
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getContentType()).startsWith("application/json");
        assertThat(first.getContentAsString()).contains("\"status\":\"saved\"", "\"url\":\"/check-ins/");

        MockHttpServletResponse again = send(queued(ann, key, "2026-03-09T01:30:00Z"));
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(again.getContentAsString(), "$.status"))
                .isEqualTo("already-saved");
        assertThat(checkIns(ann)).as("sent twice, recorded once").isEqualTo(1);

        String url = JsonPath.read(first.getContentAsString(), "$.url");
        String page =
                mvc.perform(get(url).session(ann)).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("datetime=\"2026-03-08\"")
                .as("recorded at the time it was made, not when it arrived")
                .containsPattern("Recorded [^<]*9, 2026, 1:30\\sAM");
    }

    @Test
    void when_the_session_has_ended_the_device_hears_401_and_keeps_the_check_in() throws Exception {
        MockHttpServletResponse signedOut = mvc.perform(People.checkIn("/check-ins/queued", new MockHttpSession())
                        .param("overallPain", "5")
                        .param("idempotencyKey", UUID.randomUUID().toString())
                        .param("madeAt", "2026-03-10T09:00:00Z"))
                .andReturn()
                .getResponse();
        assertThat(signedOut.getStatus()).isEqualTo(401);
        assertThat(signedOut.getRedirectedUrl())
                .as("never sent to the sign-in page")
                .isNull();
    }

    @Test
    void a_kept_check_in_with_problems_hears_them_by_field_in_the_forms_own_words_and_nothing_is_saved()
            throws Exception {
        MockHttpServletResponse problems = send(People.checkIn("/check-ins/queued", ann)
                .param("overallPain", "eleven")
                .param("sleepHours", "30")
                .param("idempotencyKey", UUID.randomUUID().toString())
                .param("madeAt", "2026-03-10T09:00:00Z"));
        assertThat(problems.getStatus()).isEqualTo(422);
        assertThat(problems.getContentType()).startsWith("application/problem+json");
        String form = mvc.perform(People.checkIn("/check-ins", ann)
                        .param("overallPain", "eleven")
                        .param("sleepHours", "30"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> fields = JsonPath.read(problems.getContentAsString(), "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("overallPain", "sleepHours");
        List<String> messages =
                JsonPath.read(problems.getContentAsString(), "$.errors[?(@.field == 'sleepHours')].message");
        assertThat(messages).hasSize(1);
        String message = messages.get(0);
        assertThat(form).as("the same message as the form's").contains(message);
        assertThat(checkIns(ann)).isZero();
    }

    @Test
    void a_key_or_a_time_no_device_makes_is_refused_and_a_future_time_is_taken_as_now() throws Exception {
        assertThat(send(queued(ann, "not-a-key", "2026-03-10T09:00:00Z")).getStatus())
                .isEqualTo(400);
        assertThat(send(queued(ann, UUID.randomUUID().toString(), "yesterday")).getStatus())
                .isEqualTo(400);
        MockHttpServletResponse ahead = send(queued(ann, UUID.randomUUID().toString(), "2026-03-10T12:03:00Z"));
        assertThat(ahead.getStatus()).as("a device clock a little ahead").isEqualTo(201);
        assertThat(checkIns(ann)).isEqualTo(1);
    }

    @Test
    void keys_belong_to_one_person_and_a_deleted_check_in_is_not_brought_back_by_a_late_retry() throws Exception {
        String key = UUID.randomUUID().toString();
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        assertThat(send(queued(ann, key, "2026-03-10T09:00:00Z")).getStatus()).isEqualTo(201);
        assertThat(send(queued(bob, key, "2026-03-10T09:00:00Z")).getStatus())
                .as("the same key from another person is their own check-in")
                .isEqualTo(201);
        assertThat(checkIns(bob)).isEqualTo(1);

        String url = jdbc
                .sql("SELECT entry_id FROM check_in_submission WHERE idempotency_key = :key LIMIT 1")
                .param("key", key)
                .query(String.class)
                .list()
                .stream()
                .map(id -> "/check-ins/" + id)
                .filter(candidate -> {
                    try {
                        return mvc.perform(get(candidate).session(ann))
                                        .andReturn()
                                        .getResponse()
                                        .getStatus()
                                == 200;
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        mvc.perform(post(url + "/delete").session(ann).with(csrf()));
        MockHttpServletResponse late = send(queued(ann, key, "2026-03-10T09:00:00Z"));
        assertThat(late.getStatus()).isEqualTo(200);
        assertThat(late.getContentAsString()).contains("\"status\":\"already-saved\"", "\"url\":null");
        assertThat(checkIns(ann)).isZero();
    }

    @Test
    void the_same_form_sent_twice_records_one_check_in_and_the_second_send_opens_it() throws Exception {
        String form = mvc.perform(get("/check-ins/new").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String key = form.replaceAll("(?s).*name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\".*", "$1");
        assertThat(key).hasSize(36);
        MockHttpServletResponse first =
                send(People.checkIn("/check-ins", ann).param("overallPain", "4").param("idempotencyKey", key));
        MockHttpServletResponse second =
                send(People.checkIn("/check-ins", ann).param("overallPain", "4").param("idempotencyKey", key));
        assertThat(first.getRedirectedUrl()).isEqualTo("/history");
        assertThat(second.getRedirectedUrl()).matches("/check-ins/[0-9a-f-]{36}");
        assertThat(checkIns(ann)).isEqualTo(1);
        assertThat(send(People.checkIn("/check-ins", ann)
                                .param("overallPain", "4")
                                .param("idempotencyKey", "x"))
                        .getStatus())
                .isEqualTo(400);
    }
}
