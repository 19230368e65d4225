package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Spring Boot setting in application.properties is one Spring Boot reads. A renamed one is ignored without a
 * word: Boot 4 had renamed {@code spring.dao.exceptiontranslation.enabled} and the error page's settings, and for a
 * while Legible set the old names and got the defaults.
 */
class BootSettingsTest {

    private static final Pattern ENUM_KEYED_MAP = Pattern.compile("java\\.util\\.Map<([\\w.]+),java\\.lang\\.Boolean>");

    private static final List<String> BOOT_PREFIXES = List.of("spring.", "server.", "logging.", "management.");

    @Test
    void every_spring_boot_setting_written_is_one_spring_boot_reads() throws IOException {
        Map<String, JsonNode> known = bootSettings();
        Properties written = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            written.load(in);
        }

        List<String> unread = new ArrayList<>();
        for (String name : written.stringPropertyNames()) {
            if (BOOT_PREFIXES.stream().noneMatch(name::startsWith) || name.startsWith("logging.level.")) {
                continue;
            }
            JsonNode setting = known.get(name);
            if (setting == null) {
                if (!aFlagOfAKnownMap(name, known)) {
                    unread.add(name + " (unknown)");
                }
            } else if (setting.has("deprecation")
                    && "error".equals(setting.get("deprecation").path("level").asString())) {
                unread.add(name + " (now "
                        + setting.get("deprecation").path("replacement").asString() + ")");
            }
        }
        assertThat(known).as("Spring Boot's metadata on the classpath").hasSizeGreaterThan(500);
        assertThat(unread).as("settings Spring Boot does not read").isEmpty();
    }

    /** {@code spring.jackson.read.strict-duplicate-detection}: a constant of the enum that keys a map setting. */
    private static boolean aFlagOfAKnownMap(String name, Map<String, JsonNode> known) {
        int dot = name.lastIndexOf('.');
        JsonNode map = known.get(name.substring(0, dot));
        if (map == null) {
            return false;
        }
        Matcher type = ENUM_KEYED_MAP.matcher(map.path("type").asString());
        if (!type.matches()) {
            return false;
        }
        String constant = name.substring(dot + 1).replace('-', '_').toUpperCase(Locale.ROOT);
        try {
            return Arrays.stream(Class.forName(type.group(1)).getEnumConstants())
                    .anyMatch(flag -> ((Enum<?>) flag).name().equals(constant));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Map<String, JsonNode> bootSettings() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, JsonNode> settings = new HashMap<>();
        ClassLoader loader = BootSettingsTest.class.getClassLoader();
        for (String file : List.of(
                "META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            for (URL url : Collections.list(loader.getResources(file))) {
                try (InputStream in = url.openStream()) {
                    for (JsonNode setting : json.readTree(in).path("properties")) {
                        settings.merge(
                                setting.get("name").asString(),
                                setting,
                                (first, second) ->
                                        first.has("deprecation") ? first : second.has("deprecation") ? second : first);
                    }
                }
            }
        }
        return settings;
    }
}
