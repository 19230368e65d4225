package org.legible.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The English message bundle as a reader meets it, for tests that hold its words to plain language. */
public final class EnglishMessages {

    private EnglishMessages() {}

    /** Every message whose key starts with one of the prefixes, minus sources (reference text), by key. */
    public static Map<String, String> startingWith(String... prefixes) {
        Properties english = new Properties();
        try (InputStream in = EnglishMessages.class.getResourceAsStream("/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            if (Arrays.stream(prefixes).anyMatch(key::startsWith) && !key.endsWith(".source")) {
                texts.put(key, english.getProperty(key));
            }
        }
        return texts;
    }
}
