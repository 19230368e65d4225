package org.legible.reminders.internal;

import com.interaso.webpush.WebPush;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Sends one Web Push message. The library signs the request (VAPID, RFC 8292) and encrypts the payload for the
 * browser's keys (RFC 8291); this class only makes the HTTP call, without following redirects and with time limits,
 * and reads the answer: gone (the browser unsubscribed), try later, or refused.
 */
@Component
class PushSender {

    enum Result {
        SENT,
        RETRY,
        GONE,
        REFUSED
    }

    /** How long a push service may hold a reminder for a phone that is off; after that it is stale. */
    static final Duration TIME_TO_LIVE = Duration.ofHours(4);

    /** Headers the JDK's client sets itself. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final ServerKeys keys;
    private final PushEndpointPolicy policy;
    private final String subject;
    // Made at the first push: setting up TLS took about 0.15 s of every server start (docs/benchmarks.md).
    private final SingletonSupplier<HttpClient> http = SingletonSupplier.of(() -> HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());

    PushSender(ServerKeys keys, PushEndpointPolicy policy, @Value("${legible.push.subject}") String subject) {
        if (!subject.startsWith("mailto:") && !subject.startsWith("https://")) {
            throw new IllegalStateException("LEGIBLE_PUSH_SUBJECT must start with mailto: or https://");
        }
        this.keys = keys;
        this.policy = policy;
        this.subject = subject;
    }

    String applicationServerKey() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(keys.vapid().getApplicationServerKey());
    }

    /** {@code topic} lets the push service replace an undelivered reminder with a newer one (at most 32 characters). */
    Result send(PushSubscriptionRepository.Subscription to, byte[] payload, String topic) {
        if (!policy.allowed(to.endpoint())) {
            return Result.REFUSED;
        }
        WebPush push = new WebPush(subject, keys.vapid());
        byte[] body = push.getBody(payload, decode(to.p256dh()), decode(to.auth()));
        Map<String, String> headers =
                push.getHeaders(to.endpoint(), (int) TIME_TO_LIVE.toSeconds(), topic, WebPush.Urgency.Normal);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(to.endpoint()))
                .timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                request.header(name, value);
            }
        });
        try {
            int status = http.obtain()
                    .send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return result(status);
        } catch (IOException e) {
            return Result.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.RETRY;
        }
    }

    static Result result(int status) {
        if (status >= 200 && status < 300) {
            return Result.SENT;
        }
        if (status == 404 || status == 410) {
            return Result.GONE;
        }
        if (status == 429 || status >= 500) {
            return Result.RETRY;
        }
        return Result.REFUSED;
    }

    private static byte[] decode(String base64url) {
        return Base64.getUrlDecoder().decode(base64url.replace("=", ""));
    }
}
