package org.legible.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, with no browser download and no background network. Fails loudly when
 * Chromium is missing ({@code .ci/run} installs it): a skipped browser test would count as a pass.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LEGIBLE_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    final List<String> cspViolations = new ArrayList<>();

    Browser() {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium at " + CHROMIUM + " (apt-get install chromium; .ci/run does this)")
                .isTrue();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    Page page(NewContextOptions options) {
        Page page = browser.newContext(options).newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")
                    || message.text().contains("Content-Security-Policy")) {
                cspViolations.add(message.text());
            }
        });
        return page;
    }

    /** No serious or critical WCAG 2.2 A/AA violation on the page as it is now. */
    static void assertAccessible(Page page, String name) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        List<String> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " – "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList());
            }
        }
        assertThat(serious).as("axe on " + name).isEmpty();
    }

    /** Nothing wider than the screen: no sideways scrolling on a phone or at 200% zoom. */
    static void assertNoHorizontalScroll(Page page, String name) {
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow on " + name)
                .isLessThanOrEqualTo(0);
    }

    /** A screenshot of a failed journey that never hides the failure: its own error is attached, not thrown. */
    static void failureScreenshot(Page page, String name, Throwable failure) {
        try {
            screenshot(page, name);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
