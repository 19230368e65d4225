package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.legible.accounts.Accounts;
import org.legible.support.HttpVisitor;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind a reverse proxy, a visitor who writes their own X-Forwarded-For cannot pick a new address for each try: the
 * header is believed only from the configured proxy (here one that is not this machine, so the test's requests come
 * from an untrusted address), and the per-address sign-in limit still counts them together.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.forward-headers-strategy=native",
            "legible.trusted-proxies=192.0.2.1/32",
            "legible.login.address-failures=3"
        })
@ActiveProfiles("test")
class ProxyTrustTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void a_forwarded_address_from_anyone_but_the_proxy_is_ignored_by_the_address_limit() throws Exception {
        // With no account at all, the sign-in page sends everyone to create the first one.
        accounts.register(People.uniqueEmail("first"), People.PASSPHRASE, ZoneId.of("UTC"), null);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> wrong = new HttpVisitor(port)
                    .header("X-Forwarded-For", "198.51.100." + (10 + i))
                    .signIn(People.uniqueEmail("nobody"), "a wrong passphrase " + i);
            assertThat(wrong.statusCode()).isEqualTo(302);
        }

        HttpResponse<String> fourth = new HttpVisitor(port)
                .header("X-Forwarded-For", "198.51.100.99")
                .signIn(People.uniqueEmail("nobody"), "a wrong passphrase");

        assertThat(fourth.statusCode()).isEqualTo(429);
    }
}
