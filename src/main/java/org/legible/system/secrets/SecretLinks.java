package org.legible.system.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Secrets that are the whole key to something (a share's link, a carer's invitation, a calendar address, an access
 * token): 256 random bits written in 43 URL-safe characters, kept only as their SHA-256. With that much randomness a
 * fast hash is enough (ASVS 6.5.2), and a copy of the database opens nothing.
 */
public final class SecretLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LINK = Pattern.compile("[A-Za-z0-9_-]{43}");

    private SecretLinks() {}

    /** A new secret of 256 random bits, as 43 URL-safe characters. */
    public static String newLink() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be one of {@link #newLink()}'s: anything else names nothing and is not looked up. */
    public static boolean wellFormed(String link) {
        return link != null && LINK.matcher(link).matches();
    }

    /** The SHA-256 of the text in lower-case hex: how a secret is kept and looked up. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
