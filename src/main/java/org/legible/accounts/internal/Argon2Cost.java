package org.legible.accounts.internal;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** How much work one Argon2id hash is, written into every hash so that older ones can be recognised and redone. */
record Argon2Cost(int saltBytes, int hashBytes, int parallelism, int memoryKib, int iterations) {

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane (security.md §1). */
    static final Argon2Cost OWASP_MINIMUM = new Argon2Cost(16, 32, 1, 19456, 2);

    Argon2PasswordEncoder pureJava() {
        return new Argon2PasswordEncoder(saltBytes, hashBytes, parallelism, memoryKib, iterations);
    }
}
