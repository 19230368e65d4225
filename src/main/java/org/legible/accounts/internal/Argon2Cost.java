package org.legible.accounts.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How much work one Argon2id hash is, written into every hash so that older ones can be recognised and redone. */
record Argon2Cost(int saltBytes, int hashBytes, int parallelism, int memoryKib, int iterations) {

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane (security.md §1). */
    static final Argon2Cost OWASP_MINIMUM = new Argon2Cost(16, 32, 1, 19456, 2);

    /** The cost a PHC string carries: {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}. */
    private static final Pattern WRITTEN =
            Pattern.compile("^\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,9}),p=\\d{1,9}\\$");

    PasswordEncoder pureJava() {
        return new PureJavaArgon2id(this);
    }

    /**
     * Whether a stored hash was made with less memory or fewer iterations than this, so that it is made again at the
     * next sign-in. A hash that does not read as Argon2id is left alone: it never matches anyway.
     */
    boolean isAbove(String encoded) {
        Matcher written = WRITTEN.matcher(encoded == null ? "" : encoded);
        return written.find()
                && (Integer.parseInt(written.group(1)) < memoryKib || Integer.parseInt(written.group(2)) < iterations);
    }
}
