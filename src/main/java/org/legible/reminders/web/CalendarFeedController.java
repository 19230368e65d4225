package org.legible.reminders.web;

import java.nio.charset.StandardCharsets;
import org.legible.reminders.Reminders;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The private calendar feed a phone's calendar subscribes to. The secret in the address is the only key (calendar
 * apps send no cookies), so it is long and random, kept only as a hash, replaceable and revocable; an unknown one
 * gets the same plain 404 as any missing page.
 */
@RestController
record CalendarFeedController(Reminders reminders) {

    static final String PATH = "/calendar/";

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    @GetMapping(PATH + "{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        String origin = ServletUriComponentsBuilder.fromCurrentContextPath()
                .replacePath(null)
                .build()
                .toUriString();
        return reminders
                .calendarFor(secret, origin)
                .map(calendar -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .body(calendar))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
