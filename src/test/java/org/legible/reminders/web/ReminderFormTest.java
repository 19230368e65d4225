package org.legible.reminders.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reminder choices a person can type, and the message each refused one gets next to its field. */
class ReminderFormTest {

    private static ReminderForm form(String time1, String time2, String quietFrom, String quietUntil) {
        return new ReminderForm(List.of("1", "3", "5"), time1, time2, quietFrom, quietUntil, "on", null, null);
    }

    @Test
    void a_time_as_a_time_field_sends_it_is_kept_to_the_minute() {
        ReminderForm.Result result = form("20:00", "21:30:00", "22:00", "7:00").parse();
        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().times()).containsExactly(LocalTime.of(20, 0), LocalTime.of(21, 30));
        assertThat(result.settings().quietHours().contains(LocalTime.of(23, 0))).isTrue();
        assertThat(result.settings().quietHours().contains(LocalTime.of(6, 59))).isTrue();
        assertThat(result.settings().quietHours().contains(LocalTime.of(7, 0))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "12:60", "noon", "20:00:30", "-1:00", "2000", "20:00:00.5"})
    void an_impossible_time_is_refused_with_an_example(String typed) {
        assertThat(form(typed, "", "", "").parse().problems()).containsEntry("time1", "reminders.time.invalid");
    }

    @Test
    void a_time_inside_the_quiet_hours_is_refused() {
        assertThat(form("23:00", "", "22:00", "07:00").parse().problems())
                .containsEntry("time1", "reminders.time.quiet");
    }

    @Test
    void quiet_hours_need_both_ends_and_a_length() {
        assertThat(form("20:00", "", "22:00", "").parse().problems())
                .containsEntry("quietUntil", "reminders.quiet.both");
        assertThat(form("20:00", "", "", "07:00").parse().problems())
                .containsEntry("quietFrom", "reminders.quiet.both");
        assertThat(form("20:00", "", "22:00", "22:00").parse().problems())
                .containsEntry("quietUntil", "reminders.quiet.length");
    }

    @Test
    void the_second_time_is_one_repeat_at_least_an_hour_later() {
        assertThat(form("20:00", "20:30", "", "").parse().problems()).containsEntry("time2", "reminders.time.order");
        assertThat(form("20:00", "08:00", "", "").parse().problems()).containsEntry("time2", "reminders.time.order");
        assertThat(form("", "20:00", "", "").parse().problems()).containsEntry("time1", "reminders.time.none");
    }

    @Test
    void at_least_one_real_day() {
        assertThat(new ReminderForm(List.of(), "20:00", "", "", "", null, null, null)
                        .parse()
                        .problems())
                .containsEntry("days", "reminders.days.none");
        assertThat(new ReminderForm(List.of("8"), "20:00", "", "", "", null, null, null)
                        .parse()
                        .problems())
                .containsEntry("days", "reminders.days.invalid");
    }
}
