package org.legible.reminders.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.reminders.InvalidPushSubscriptionException;
import org.legible.reminders.PushDevice;
import org.legible.reminders.PushSubscriptionRequest;
import org.legible.reminders.Reminders;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where legible.js posts this browser's push subscription, exactly as {@code PushSubscription.toJSON()} gives it. A
 * subscription the server will not send to is refused with the reason, in words for the person.
 */
@RestController
record PushSubscriptionController(Reminders reminders, MessageSource messages) {

    /** {@code PushSubscription.toJSON()}: the endpoint, and the keys under {@code keys}. */
    record SubscriptionJson(String endpoint, Long expirationTime, Map<String, String> keys) {}

    @PostMapping(path = "/reminders/devices", consumes = "application/json")
    ResponseEntity<PushDevice> subscribe(AccountId account, @RequestBody SubscriptionJson json) {
        Map<String, String> keys = json.keys() == null ? Map.of() : json.keys();
        PushDevice device = reminders.subscribe(
                account, new PushSubscriptionRequest(json.endpoint(), keys.get("p256dh"), keys.get("auth")));
        return ResponseEntity.created(URI.create("/reminders#devices")).body(device);
    }

    @ExceptionHandler(InvalidPushSubscriptionException.class)
    ResponseEntity<ProblemDetail> refused(InvalidPushSubscriptionException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setDetail(messages.getMessage(e.messageKey(), null, locale));
        problem.setProperty("errors", List.of(Map.of("field", "endpoint", "message", problem.getDetail())));
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
