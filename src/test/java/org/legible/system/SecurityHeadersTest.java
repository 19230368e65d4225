package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@LegibleTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pages_carry_a_strict_content_security_policy_and_the_other_protective_headers() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/login")).andReturn().getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "object-src 'none'",
                        "frame-ancestors 'none'",
                        "form-action 'self'",
                        "base-uri 'none'");
        assertThat(csp).doesNotContain("unsafe");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
    }

    @Test
    void no_page_loads_anything_from_another_origin() throws Exception {
        // The sign-up page is always a page in tests (sign-up is open there); /login redirects to it until an
        // account exists, which depends on what ran before.
        String html = mvc.perform(get("/signup")).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
        Matcher htmx = Pattern.compile("src=\"(/webjars/htmx\\.org/2\\.0\\.8/dist/htmx\\.min[^\"]*\\.js)\"")
                .matcher(html);
        assertThat(htmx.find()).as("htmx is served from Legible itself").isTrue();
        assertThat(mvc.perform(get(htmx.group(1))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }
}
