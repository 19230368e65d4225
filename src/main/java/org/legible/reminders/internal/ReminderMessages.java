package org.legible.reminders.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.legible.experiments.Experiments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words of every reminder, from messages.properties. They greet and say where to go; they never carry anything
 * recorded (no pain, no place, no name), because a notification shows on a locked screen and an e-mail passes through
 * other servers.
 */
@Component
record ReminderMessages(MessageSource messages) {

    enum Kind {
        REMINDER("reminder", ReminderLinks.CHECK_IN),
        PAUSE_QUESTION("pause", ReminderLinks.SETTINGS);

        final String code;
        final String path;

        Kind(String code, String path) {
            this.code = code;
            this.path = path;
        }

        static Kind fromCode(String code) {
            return code.equals(PAUSE_QUESTION.code) ? PAUSE_QUESTION : REMINDER;
        }
    }

    /** All replace each other on a device: a newer reminder is never shown beside an older one. */
    static final String TOPIC = "legible-reminder";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    String subject(Kind kind) {
        return kind == Kind.REMINDER ? text("reminders.message.greeting") : text("reminders.message.pause");
    }

    /**
     * During an experiment in blocks, which block the day is in ("block 2 of 4 begins today"); never what it asks
     * for, which is health data.
     */
    Optional<String> blockLine(Optional<Experiments.BlockOfDay> block) {
        return block.map(b -> messages.getMessage(
                b.beginsToday() ? "reminders.message.blockBegins" : "reminders.message.block",
                new Object[] {b.number(), b.blocks()},
                Locale.ENGLISH));
    }

    byte[] pushPayload(Kind kind, Optional<String> blockLine) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("title", text("app.name"));
        payload.put(
                "body",
                kind == Kind.REMINDER && blockLine.isPresent() ? subject(kind) + " " + blockLine.get() : subject(kind));
        payload.put("url", kind.path);
        payload.put("tag", TOPIC);
        return JSON.writeValueAsBytes(payload);
    }

    String emailText(Kind kind, String base, Optional<String> blockLine) {
        String opening = kind == Kind.REMINDER
                ? text("reminders.message.greeting")
                        + blockLine.map(line -> "\n\n" + line).orElse("")
                        + "\n\n"
                        + text("reminders.message.checkIn")
                : text("reminders.message.pause") + "\n\n" + text("reminders.message.pauseWhy");
        return opening + "\n" + base + kind.path + "\n\n" + text("reminders.message.why") + "\n" + base
                + ReminderLinks.SETTINGS + "\n";
    }
}
