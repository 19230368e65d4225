package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
        String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(html).contains("/webjars/htmx.org/2.0.8/dist/htmx.min.js");
        assertThat(mvc.perform(get("/webjars/htmx.org/2.0.8/dist/htmx.min.js"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}
