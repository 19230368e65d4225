package org.legible.accounts.internal;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id through the reference C library that argon2-jvm bundles for the usual platforms. It writes and reads the
 * same PHC strings as {@link PureJavaArgon2id} and Spring's {@code Argon2PasswordEncoder}, so each verifies the others'
 * hashes, but
 * needs about a quarter of the CPU and keeps the 19 MiB of each hash off the Java heap (docs/decisions/0007).
 */
final class NativeArgon2id implements PasswordEncoder {

    private static final String PREFIX = "$argon2id$";

    private final Argon2Advanced argon2;
    private final Argon2Cost cost;

    private NativeArgon2id(Argon2Advanced argon2, Argon2Cost cost) {
        this.argon2 = argon2;
        this.cost = cost;
    }

    /**
     * The native encoder, or a {@link LinkageError} when the library cannot load here (an unusual platform, or a
     * temporary directory that forbids running code): one tiny hash proves it works before anyone depends on it.
     */
    static NativeArgon2id load(Argon2Cost cost) {
        Argon2Advanced argon2 =
                Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id, cost.saltBytes(), cost.hashBytes());
        argon2.hash(1, 8, 1, new char[] {'p'}, StandardCharsets.UTF_8);
        return new NativeArgon2id(argon2, cost);
    }

    @Override
    public String encode(CharSequence raw) {
        char[] chars = toChars(raw);
        try {
            return argon2.hash(cost.iterations(), cost.memoryKib(), cost.parallelism(), chars, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** A malformed or foreign stored hash never matches (as Spring's encoder); the library reports it, never throws. */
    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null || !encoded.startsWith(PREFIX)) {
            return false;
        }
        char[] chars = toChars(raw);
        try {
            return argon2.verify(encoded, chars, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return cost.isAbove(encoded);
    }

    private static char[] toChars(CharSequence raw) {
        CharBuffer buffer = CharBuffer.wrap(raw);
        char[] chars = new char[buffer.remaining()];
        buffer.get(chars);
        return chars;
    }
}
