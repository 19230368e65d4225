package org.legible.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Reads a page's text from the application's own resources, in the reader's language when there is a translation and
 * in English otherwise. The text is trusted HTML written by the project (headings, paragraphs, lists, links), read
 * once and kept, per language Legible supports (system.SupportedLocales reduces what a browser asks for to those).
 */
@Component
public class Library {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String text(LibraryPage page, Locale locale) {
        String language = locale.getLanguage();
        String translated = cache.computeIfAbsent(language + "/" + page.slug(), Library::read);
        return translated.isEmpty() ? cache.computeIfAbsent("en/" + page.slug(), Library::read) : translated;
    }

    private static String read(String path) {
        try (InputStream in = Library.class.getResourceAsStream("/library/" + path + ".html")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
