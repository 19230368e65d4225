package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Someone who asks for exports too fast in real Chromium gets the "please wait" page (429), which must be as
 * readable as any other: axe, no sideways scrolling on a phone, a way back. Its own application context, with a
 * budget of two a minute, so the other journeys' requests never count against it.
 */
@TestPropertySource(properties = "legible.throttle.expensive-per-minute=2")
class ThrottledJourneyTest extends JourneyTest {

    @Test
    void the_third_export_in_a_minute_gets_a_plain_accessible_please_wait_page() {
        Page page = browser.page(new NewContextOptions().setViewportSize(390, 844));
        try {
            page.navigate(url("/signup"));
            signUp(page, "eve@example.com");
            page.waitForURL("**/?welcome");

            // Two exports, as the download links fetch them (the page's own cookies).
            assertThat(page.request().get(url("/export/legible.json")).status()).isEqualTo(200);
            assertThat(page.request().get(url("/export/legible.json")).status()).isEqualTo(200);

            Response third = page.navigate(url("/export/legible.json"));
            assertThat(third.status()).isEqualTo(429);
            assertThat(third.headers().get("retry-after")).isEqualTo("60");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Please wait a minute"))
                            .isVisible())
                    .isTrue();
            Browser.assertAccessible(page, "please wait (429)");
            Browser.assertNoHorizontalScroll(page, "please wait on a phone");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the start page"))
                    .click();
            page.waitForURL(url("/"));
        } catch (AssertionError | RuntimeException e) {
            Browser.failureScreenshot(page, "failure-throttled", e);
            throw e;
        }
    }
}
