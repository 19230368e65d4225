package org.legible.accounts.internal;

import java.util.Map;
import java.util.concurrent.Semaphore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id at the OWASP minimum (19 MiB, 2 iterations, 1 lane). Only {@code {argon2}} hashes are accepted: no
 * {@code {noop}} or other legacy ids, so a planted plain-text row can never sign in. Hashing is limited to two at a
 * time so a burst of sign-ins cannot exhaust memory (ASVS 15.2.2).
 */
@Configuration(proxyBeanMethods = false)
class PassphraseHashing {

    static final int CONCURRENT_HASHES = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
        delegating.setDefaultPasswordEncoderForMatches(new RejectAll());
        return new Bounded(delegating, new Semaphore(CONCURRENT_HASHES, true));
    }

    /** Anything not prefixed {@code {argon2}} never matches. */
    private static final class RejectAll implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return false;
        }
    }

    private record Bounded(PasswordEncoder delegate, Semaphore permits) implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            permits.acquireUninterruptibly();
            try {
                return delegate.encode(raw);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            permits.acquireUninterruptibly();
            try {
                return delegate.matches(raw, encoded);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return delegate.upgradeEncoding(encoded);
        }
    }
}
