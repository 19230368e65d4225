package org.legible.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * What makes Legible installable and usable without a connection: the web app manifest, and the service worker that
 * keeps the app shell. The shell is only what holds no one's data (styles, scripts, icons and the blank offline
 * check-in page); pages with health data are never stored by it. Both answers name the shell's files by their hashed
 * addresses, so a new version of any file is a new service worker, which replaces the old shell.
 */
@RestController
class AppShellController {

    /** The blank check-in form that is kept on the device, served by diary.web. */
    static final String OFFLINE_PAGE = "/check-ins/offline";

    private static final List<String> SHELL_FILES = List.of(
            "/static/css/legible.css",
            "/static/js/legible.js",
            "/static/js/offline-queue.js",
            "/static/favicon.svg",
            "/static/icons/icon-192.png",
            "/static/icons/icon-512.png",
            "/static/icons/icon-maskable-192.png",
            "/static/icons/icon-maskable-512.png",
            "/webjars/htmx.org/2.0.8/dist/htmx.min.js");

    private static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");
    private static final String THEME = "#234e9c";

    private final ResourceUrlProvider urls;
    private final MessageSource messages;
    private final String workerSource;

    AppShellController(ResourceUrlProvider urls, MessageSource messages) {
        this.urls = urls;
        this.messages = messages;
        try (InputStream in = getClass().getResourceAsStream("service-worker.js")) {
            this.workerSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(path = "/manifest.webmanifest")
    ResponseEntity<Map<String, Object>> manifest(Locale locale) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", messages.getMessage("app.name", null, locale));
        manifest.put("short_name", messages.getMessage("app.name", null, locale));
        manifest.put("description", messages.getMessage("app.tagline", null, locale));
        manifest.put("lang", locale.toLanguageTag());
        manifest.put("start_url", "/");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("theme_color", THEME);
        manifest.put("background_color", "#ffffff");
        manifest.put(
                "icons",
                List.of(
                        icon("/static/icons/icon-192.png", "192x192", "any"),
                        icon("/static/icons/icon-512.png", "512x512", "any"),
                        icon("/static/icons/icon-maskable-192.png", "192x192", "maskable"),
                        icon("/static/icons/icon-maskable-512.png", "512x512", "maskable")));
        return ResponseEntity.ok()
                .contentType(MANIFEST)
                .cacheControl(CacheControl.noCache())
                .body(manifest);
    }

    @GetMapping(path = "/sw.js")
    ResponseEntity<String> serviceWorker() {
        List<String> shell =
                new java.util.ArrayList<>(SHELL_FILES.stream().map(this::hashed).toList());
        shell.add(OFFLINE_PAGE);
        String list =
                shell.stream().map(url -> "'" + url + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        String script = workerSource
                .replace("'/*SHELL*/'", list)
                .replace("/*QUEUE*/", hashed("/static/js/offline-queue.js"))
                .replace("/*OFFLINE*/", OFFLINE_PAGE);
        script = script.replace("/*VERSION*/", sha256(script).substring(0, 16));
        return ResponseEntity.ok()
                .contentType(JAVASCRIPT)
                .cacheControl(CacheControl.noCache())
                .body(script);
    }

    private Map<String, String> icon(String path, String sizes, String purpose) {
        return Map.of("src", hashed(path), "sizes", sizes, "type", "image/png", "purpose", purpose);
    }

    private String hashed(String path) {
        String url = urls.getForLookupPath(path);
        return url == null ? path : url;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
