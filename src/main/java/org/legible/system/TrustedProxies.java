package org.legible.system;

import java.util.Arrays;
import org.apache.catalina.util.NetMask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * security.md §11: with {@code SERVER_FORWARD_HEADERS_STRATEGY=native}, the address in {@code X-Forwarded-For} is
 * believed only when the request comes from one of {@code LEGIBLE_TRUSTED_PROXIES} (default: this machine), so no one
 * can pick their own address to escape the per-address limits. Tomcat's own default trusts every private network.
 * Tomcat reads the list as address ranges only when every entry has a prefix length, and otherwise as regular
 * expressions, so an entry without one stops start-up instead of quietly meaning something else.
 */
@Component
class TrustedProxies {

    TrustedProxies(@Value("${legible.trusted-proxies:}") String ranges) {
        Arrays.stream(ranges.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .forEach(TrustedProxies::check);
    }

    private static void check(String entry) {
        String problem = "LEGIBLE_TRUSTED_PROXIES: '" + entry
                + "' is not an address range; write each proxy as an address with its prefix length,"
                + " such as 10.0.0.5/32, 172.18.0.0/16 or ::1/128";
        if (!entry.contains("/")) {
            throw new IllegalStateException(problem);
        }
        try {
            new NetMask(entry);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(problem, e);
        }
    }
}
