package org.legible.reminders;

import com.interaso.webpush.CryptoKt;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A push service inside the test: it takes what the server posts to a subscription's endpoint, as a browser's push
 * service would, and answers with the status a test sets (201 by default). Each {@link Browser} it hands out holds
 * that browser's own keys, so a test can decrypt what arrived (RFC 8291, aes128gcm of RFC 8188) and check the VAPID
 * signature (RFC 8292), independently of the library that made them.
 */
public final class PushEndpoint implements AutoCloseable {

    /** One push as it arrived. */
    public record Push(String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Push> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();

    public PushEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(0), 0);
        server.createContext("/push/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            received.add(new Push(
                    path,
                    Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(answers.getOrDefault(path, 201), -1);
            exchange.close();
        });
        server.start();
    }

    public String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Every later push to this browser is answered with {@code status}. */
    public void answer(Browser browser, int status) {
        answers.put(browser.path, status);
    }

    public List<Push> receivedBy(Browser browser) {
        return received.stream().filter(p -> p.path().equals(browser.path)).toList();
    }

    public Browser browser(String name) throws Exception {
        return new Browser(this, "/push/" + name);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A browser's subscription: its endpoint and keys, as {@code PushSubscription.toJSON()} gives them. */
    public static final class Browser {
        private final String path;
        private final String endpoint;
        private final KeyPair keys;
        private final byte[] auth = new byte[16];

        Browser(PushEndpoint service, String path) throws Exception {
            this.path = path;
            this.endpoint = service.origin() + path;
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
            new java.security.SecureRandom().nextBytes(auth);
        }

        public String endpoint() {
            return endpoint;
        }

        public String p256dh() {
            return base64url(CryptoKt.getUncompressedBytes((ECPublicKey) keys.getPublic()));
        }

        public String auth() {
            return base64url(auth);
        }

        public String json() {
            return "{\"endpoint\":\"" + endpoint + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"" + p256dh()
                    + "\",\"auth\":\"" + auth() + "\"}}";
        }

        /** The message as the browser would read it. */
        public String decrypt(Push push) throws Exception {
            byte[] body = push.body();
            byte[] salt = Arrays.copyOfRange(body, 0, 16);
            int keyLength = body[20] & 0xff;
            byte[] serverKey = Arrays.copyOfRange(body, 21, 21 + keyLength);
            byte[] cipherText = Arrays.copyOfRange(body, 21 + keyLength, body.length);

            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(keys.getPrivate());
            agreement.doPhase(CryptoKt.generatePublicKeyFromUncompressedBytes(serverKey), true);
            byte[] shared = agreement.generateSecret();
            byte[] keyInfo = concat(
                    "WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
                    CryptoKt.getUncompressedBytes((ECPublicKey) keys.getPublic()),
                    serverKey);
            byte[] ikm = hkdf(auth, shared, keyInfo, 32);
            byte[] contentKey =
                    hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = aes.doFinal(cipherText);
            int end = padded.length - 1;
            while (end >= 0 && padded[end] == 0) {
                end--;
            }
            if (end < 0 || padded[end] != 2) {
                throw new IllegalStateException("not the last record of an aes128gcm message");
            }
            return new String(padded, 0, end, StandardCharsets.UTF_8);
        }
    }

    /** Whether the push carries a valid VAPID token for this audience, signed by {@code serverKey}. */
    public static boolean signedBy(Push push, String serverKey, String audience) throws Exception {
        String authorization = push.header("Authorization");
        String token = authorization.replaceAll(".*t=([^,\\s]+).*", "$1");
        String key = authorization.replaceAll(".*k=([^,\\s]+).*", "$1");
        if (!key.equals(serverKey)) {
            return false;
        }
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        if (!claims.contains("\"aud\":\"" + audience + "\"")) {
            return false;
        }
        PublicKey signer = CryptoKt.generatePublicKeyFromUncompressedBytes(
                Base64.getUrlDecoder().decode(key));
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(signer);
        es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return es256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        return Arrays.copyOf(mac.doFinal(), length);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
