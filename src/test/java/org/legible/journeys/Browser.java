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

    /**
     * WCAG 2.2 SC 2.4.11, Focus Not Obscured: every closed section opened, then Tab through the page from the top;
     * no control that takes the focus may be wholly covered by the bars fixed over the page (the sticky save bar, the
     * navigation bar). Returns how many controls were visited.
     */
    static int assertFocusNeverHidden(Page page, String name) {
        // A blank check-in's folded sections arrive after the page (CheckInController#deferredSections).
        page.waitForFunction("() => !document.querySelector('details[data-deferred]')");
        page.evaluate("() => document.querySelectorAll('main details').forEach(d => d.open = true)");
        page.evaluate("() => { window.scrollTo(0, 0); document.activeElement && document.activeElement.blur(); }");
        List<String> hidden = new ArrayList<>();
        java.util.Set<Object> seen = new java.util.HashSet<>();
        String previous = null;
        int visited = 0;
        for (int i = 0; i < 600; i++) {
            page.keyboard().press("Tab");
            Object result = page.evaluate("""
                    () => {
                      const el = document.activeElement;
                      if (!el || el === document.body) return null;
                      if (!el.dataset.focusKey) el.dataset.focusKey = String(window.focusKeys = (window.focusKeys || 0) + 1);
                      const key = el.dataset.focusKey + ' ' + (el.id || el.getAttribute('name') || el.getAttribute('aria-label')
                        || el.textContent.trim().slice(0, 40));
                      if (!el.closest('main')) return {key, outside: true};
                      const target = el.matches('.scale-option input') ? el.nextElementSibling : el;
                      const r = target.getBoundingClientRect();
                      const bars = [...document.querySelectorAll('.form-actions, .site-header .tab-bar')]
                        .filter(b => !b.contains(el)).map(b => b.getBoundingClientRect());
                      const covered = bars.some(b => r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5
                        && r.left >= b.left - 0.5 && r.right <= b.right + 0.5);
                      return {key, covered};
                    }
                    """);
            if (result == null) {
                continue;
            }
            Map<?, ?> focus = (Map<?, ?>) result;
            String element = String.valueOf(focus.get("key")).split(" ")[0];
            // A date field takes Tab once per part (day, month, year): the same element again is not the way round.
            if (element.equals(previous)) {
                continue;
            }
            previous = element;
            if (!seen.add(element)) {
                break;
            }
            if (Boolean.TRUE.equals(focus.get("outside"))) {
                continue;
            }
            visited++;
            if (Boolean.TRUE.equals(focus.get("covered"))) {
                hidden.add(String.valueOf(focus.get("key")));
            }
        }
        assertThat(hidden)
                .as("controls wholly hidden behind a bar when focused, on " + name)
                .isEmpty();
        return visited;
    }

    /**
     * No visible text in the page's main part is smaller than {@code px} CSS pixels as drawn, SVG text included (its
     * font size times the drawing's scale on screen). Hidden text and the screen-reader-only kind are left out.
     */
    static void assertNoTextSmallerThan(Page page, double px, String name) {
        Object small = page.evaluate("""
                (px) => {
                  const found = [];
                  for (const el of document.querySelectorAll('main *')) {
                    const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join('');
                    if (!text || el.closest('.visually-hidden, [hidden], title, desc') || !el.getClientRects().length) continue;
                    const style = getComputedStyle(el);
                    if (style.display === 'none' || style.visibility === 'hidden') continue;
                    let size = parseFloat(style.fontSize);
                    if (el instanceof SVGElement) {
                      const matrix = el.getScreenCTM();
                      if (!matrix) continue;
                      size = size * Math.hypot(matrix.a, matrix.b);
                    }
                    if (size < px - 0.05) found.push(text.slice(0, 30) + ' ' + size.toFixed(1) + 'px');
                  }
                  return found.slice(0, 8);
                }
                """, px);
        assertThat((List<?>) small)
                .as("text smaller than " + px + " px on " + name)
                .isEmpty();
    }

    /** Nothing wider than the screen: no sideways scrolling on a phone or at 200% zoom. */
    static void assertNoHorizontalScroll(Page page, String name) {
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object widest = page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5
                    && !e.closest('.table-scroll, .visually-hidden, .skip-link'))
                  .slice(-3).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                """);
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow on " + name + ": " + widest)
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
