package org.legible.accounts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code legible.signup} ({@code LEGIBLE_SIGNUP}): {@code open} lets anyone create an account; {@code closed} (the
 * default) allows only the first account, which becomes the administrator, and people it invites.
 */
@ConfigurationProperties("legible")
record SignupProperties(String signup) {

    SignupProperties {
        if (signup == null || signup.isBlank()) {
            signup = "closed";
        }
        if (!signup.equals("open") && !signup.equals("closed")) {
            throw new IllegalArgumentException("LEGIBLE_SIGNUP must be open or closed, not " + signup);
        }
    }

    boolean open() {
        return signup.equals("open");
    }
}
