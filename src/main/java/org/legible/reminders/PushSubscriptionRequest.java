package org.legible.reminders;

/**
 * What a browser's {@code PushSubscription.toJSON()} gives: the push service's address for it and the two keys its
 * payloads are encrypted for (base64url). {@link PushSubscriptionRules} checks them before anything is kept.
 */
public record PushSubscriptionRequest(String endpoint, String p256dh, String auth) {}
