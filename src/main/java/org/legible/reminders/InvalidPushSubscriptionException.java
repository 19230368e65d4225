package org.legible.reminders;

/** A push subscription that cannot be used: {@code messageKey} says why, in words for the person. */
public final class InvalidPushSubscriptionException extends RuntimeException {

    private final String messageKey;

    public InvalidPushSubscriptionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
