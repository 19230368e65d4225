package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's reverse-proxy set-up: with SERVER_FORWARD_HEADERS_STRATEGY=native, a request the proxy (here on
 * loopback, one of Tomcat's trusted internal proxies) marks as HTTPS is secure: HSTS is sent and the session cookie
 * is Secure. Without the header, plain HTTP gets neither.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class BehindProxyTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> signUpPage(boolean viaHttpsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signup"))
                .header("Accept", "text/html");
        if (viaHttpsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_https_request_through_the_proxy_gets_hsts_and_a_secure_cookie() throws Exception {
        HttpResponse<String> response = signUpPage(true);
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000", "includeSubDomains"));
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("LEGIBLE_SESSION=").containsIgnoringCase("Secure"));
    }

    @Test
    void plain_http_gets_neither() throws Exception {
        HttpResponse<String> response = signUpPage(false);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
    }
}
