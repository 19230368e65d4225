package org.legible.accounts.internal;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id in pure Java (Password4j), for the platforms where {@link NativeArgon2id} cannot load: the same PHC
 * strings, so each reads the other's hashes, at two to three times the CPU (docs/decisions/0007).
 */
final class PureJavaArgon2id implements PasswordEncoder {

    private static final String PREFIX = "$argon2id$";

    private final Argon2Cost cost;
    private final Argon2Function argon2;
    private final SecureRandom random = new SecureRandom();

    PureJavaArgon2id(Argon2Cost cost) {
        this.cost = cost;
        this.argon2 = Argon2Function.getInstance(
                cost.memoryKib(),
                cost.iterations(),
                cost.parallelism(),
                cost.hashBytes(),
                Argon2.ID,
                Argon2Function.ARGON2_VERSION_13);
    }

    @Override
    public String encode(CharSequence raw) {
        byte[] salt = new byte[cost.saltBytes()];
        random.nextBytes(salt);
        byte[] passphrase = raw.toString().getBytes(StandardCharsets.UTF_8);
        try {
            return argon2.hash(passphrase, salt).getResult();
        } finally {
            Arrays.fill(passphrase, (byte) 0);
        }
    }

    /** A stored hash is checked at the cost it was made with; a malformed or foreign one never matches. */
    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null || !encoded.startsWith(PREFIX)) {
            return false;
        }
        try {
            return Argon2Function.getInstanceFromHash(encoded).check(raw, encoded);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return cost.isAbove(encoded);
    }
}
