package org.legible.reminders.internal;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a reminder's link leads: the public address the host set (LEGIBLE_PUBLIC_URL), or else the address the person
 * used when they chose e-mail reminders, so nothing has to be configured for a server reached at one address.
 */
@Component
class ReminderLinks {

    /** The check-in with "same as last time" ready: one tap to open, one to save. */
    static final String CHECK_IN = "/check-ins/new?copy=last";

    static final String SETTINGS = "/reminders";

    private final String publicUrl;

    ReminderLinks(@Value("${legible.public-url:}") String publicUrl) {
        String trimmed = publicUrl.strip();
        this.publicUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    Optional<String> base(String linkOrigin) {
        if (!publicUrl.isEmpty()) {
            return Optional.of(publicUrl);
        }
        return Optional.ofNullable(linkOrigin).filter(origin -> !origin.isBlank());
    }
}
