package org.legible.accounts.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id at the OWASP minimum (19 MiB, 2 iterations, 1 lane). Only {@code {argon2}} hashes are accepted: no
 * {@code {noop}} or other legacy ids, so a planted plain-text row can never sign in. Hashing is limited to two at a
 * time so a burst of sign-ins cannot exhaust memory (ASVS 15.2.2), and runs on two threads of its own: the C library
 * takes each hash's 19 MiB from the C allocator, which keeps freed memory per thread, so hashes run on whichever of
 * the server's request threads took the request left a copy resident for each (docs/benchmarks.md, "Resident memory
 * under load").
 */
@Configuration(proxyBeanMethods = false)
class PassphraseHashing {

    static final int CONCURRENT_HASHES = 2;

    private static final Logger log = LoggerFactory.getLogger(PassphraseHashing.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder argon2 = argon2id(Argon2Cost.OWASP_MINIMUM, NativeArgon2id::load);
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
        delegating.setDefaultPasswordEncoderForMatches(new RejectAll());
        return new Bounded(delegating, hashingThreads());
    }

    /** Two daemon threads, made once; requests wait their turn in order. */
    private static ExecutorService hashingThreads() {
        AtomicInteger made = new AtomicInteger();
        return Executors.newFixedThreadPool(CONCURRENT_HASHES, work -> {
            Thread thread = new Thread(work, "passphrase-hashing-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The C library where it loads (a quarter of the CPU, nothing on the heap), else Argon2id in pure Java: both
     * write the same hashes, so an installation can move between them without anyone losing their sign-in.
     */
    static PasswordEncoder argon2id(Argon2Cost cost, Function<Argon2Cost, PasswordEncoder> nativeLoader) {
        try {
            PasswordEncoder loaded = nativeLoader.apply(cost);
            log.info("Passphrases are hashed with the native Argon2id library");
            return loaded;
        } catch (LinkageError | RuntimeException unavailable) {
            log.warn(
                    "The native Argon2id library does not load here ({}); hashing in pure Java, which is slower",
                    unavailable.getClass().getSimpleName());
            return cost.pureJava();
        }
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

    private record Bounded(PasswordEncoder delegate, ExecutorService threads) implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            return onHashingThread(() -> delegate.encode(raw));
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return onHashingThread(() -> delegate.matches(raw, encoded));
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return delegate.upgradeEncoding(encoded);
        }

        /** Waits for the hash without giving up if interrupted, as the request it serves cannot go on without it. */
        private <T> T onHashingThread(Supplier<T> hash) {
            try {
                return CompletableFuture.supplyAsync(hash, threads).join();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failed.getCause() instanceof Error error) {
                    throw error;
                }
                throw failed;
            }
        }
    }
}
