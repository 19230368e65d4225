package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one address passkeys belong to, written as a browser writes an origin, from what a host may type. */
class PasskeysOriginTest {

    @Test
    void the_public_address_is_cut_to_scheme_host_and_port_as_a_browser_sends_it() {
        assertThat(Passkeys.origin("https://Legible.Example.org/some/path?x=1", 8080))
                .hasToString("https://legible.example.org");
        assertThat(Passkeys.origin("https://legible.example.org:443/", 8080))
                .hasToString("https://legible.example.org");
        assertThat(Passkeys.origin("https://legible.example.org:8443", 8080))
                .hasToString("https://legible.example.org:8443");
        assertThat(Passkeys.origin("", 8080)).as("unset").hasToString("http://localhost:8080");
    }

    @Test
    void an_address_that_is_not_one_stops_start_up_with_a_reason() {
        assertThatThrownBy(() -> Passkeys.origin("legible.example.org", 8080))
                .hasMessageContaining("LEGIBLE_PUBLIC_URL must be like https://legible.example.org");
        assertThatThrownBy(() -> Passkeys.origin("https://exa mple.org", 8080))
                .hasMessageContaining("LEGIBLE_PUBLIC_URL is not an address");
    }
}
