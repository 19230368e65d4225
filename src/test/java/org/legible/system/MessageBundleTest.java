package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.legible.assessments.Instrument;
import org.legible.assessments.IronAdvice;
import org.legible.assessments.NeuropathicProfile;
import org.legible.assessments.PsdBand;
import org.legible.assessments.RestlessLegsScreen;
import org.legible.assessments.WpiArea;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.Coded;
import org.legible.diary.Vocabulary;

/** Labels and messages live in bundles; every key the templates use exists, and every vocabulary code has a label. */
class MessageBundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_literal_message_key_in_the_templates_exists_in_english() throws IOException {
        Properties english = load("messages.properties");
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)(\\(|})");
        assertThat(missing(Path.of("src/main/resources/templates"), ".html", key, k -> !english.containsKey(k)))
                .isEmpty();
    }

    /**
     * A literal key in the code ({@code "checkIn.number.range"}) that the bundle lacks would show the key itself to
     * the person. A literal counts as a key when its first part is one the bundle uses; file names are not keys.
     */
    @Test
    void every_literal_message_key_in_the_code_exists_in_english() throws IOException {
        Properties english = load("messages.properties");
        Set<String> prefixes = new HashSet<>();
        english.stringPropertyNames()
                .forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");
        assertThat(missing(
                        Path.of("src/main/java"),
                        ".java",
                        literal,
                        k -> prefixes.contains(k.substring(0, k.indexOf('.')))
                                && !k.matches(".*\\.(csv|json|zip|xml|pdf|ics)")
                                && !english.containsKey(k)))
                .isEmpty();
    }

    /** "file: key" for each key the pattern's first group finds in the files ending so that the test says is missing. */
    private static Set<String> missing(
            Path directory, String ending, Pattern pattern, java.util.function.Predicate<String> isMissing)
            throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(p -> p.toString().endsWith(ending)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (isMissing.test(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        return missing;
    }

    @Test
    void every_vocabulary_code_has_a_label() throws IOException {
        Properties english = load("messages.properties");
        Set<String> keys = new HashSet<>();
        Arrays.stream(Region.values()).forEach(r -> keys.add("region." + r.code()));
        Arrays.stream(Region.values()).forEach(r -> keys.add("region.short." + r.code()));
        Arrays.stream(Side.values()).forEach(s -> keys.add("side." + s.code()));
        Arrays.stream(Descriptor.values()).forEach(d -> keys.add("descriptor." + d.code()));
        add(keys, "timeOfDay.", Vocabulary.TimeOfDay.values());
        add(keys, "context.", Vocabulary.PainContext.values());
        add(keys, "wokeBy.", Vocabulary.WokeBy.values());
        add(keys, "strategy.", Vocabulary.Strategy.values());
        add(keys, "helped.", Vocabulary.Helped.values());
        add(keys, "schedule.", Vocabulary.MedicationSchedule.values());
        add(keys, "trigger.", Vocabulary.Trigger.values());
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void every_translation_has_exactly_the_english_keys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources"))) {
            for (Path bundle : bundles.filter(p -> p.getFileName().toString().matches("messages_.+\\.properties"))
                    .toList()) {
                assertThat(load(bundle.getFileName().toString()).stringPropertyNames())
                        .as(bundle.toString())
                        .containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    private static void add(Set<String> keys, String prefix, Coded[] values) {
        Arrays.stream(values).forEach(v -> keys.add(prefix + v.code()));
    }

    @Test
    void every_questionnaire_item_section_and_result_value_has_words() throws IOException {
        Properties english = load("messages.properties");
        Set<String> keys = new HashSet<>();
        for (Instrument instrument : Instrument.values()) {
            String base = "assessment." + instrument.code() + ".";
            for (String suffix : new String[] {"title", "summary", "intro", "prefilled"}) {
                keys.add(base + suffix);
            }
            keys.add("assessment.schedule." + instrument.code());
            instrument.definition().sections().forEach(section -> {
                keys.add(base + "section." + section.code());
                section.items().forEach(item -> keys.add(base + item.code()));
            });
        }
        Arrays.stream(PsdBand.values()).forEach(b -> keys.add("assessment.psd.band." + b));
        Arrays.stream(WpiArea.PainRegion.values()).forEach(r -> keys.add("acr.region." + r));
        for (RestlessLegsScreen.Outcome outcome : RestlessLegsScreen.Outcome.values()) {
            keys.add("rls.outcome." + outcome);
            keys.add("rls.outcome." + outcome + ".explain");
        }
        Arrays.stream(RestlessLegsScreen.Course.values()).forEach(c -> {
            keys.add("rls.course." + c);
            keys.add("rls.course.short." + c);
        });
        Arrays.stream(IronAdvice.Band.values()).forEach(b -> keys.add("rls.iron.band." + b));
        Arrays.stream(NeuropathicProfile.Place.values()).forEach(p -> keys.add("profile.place." + p));
        Arrays.stream(NeuropathicProfile.Sides.values()).forEach(s -> keys.add("profile.sides." + s));
        for (String answer : new String[] {"yes", "no", "unsure"}) {
            keys.add("assessment.answer." + answer);
        }
        for (int i = 0; i <= 3; i++) {
            keys.add("assessment.severity." + i);
        }
        for (int i = 1; i <= 5; i++) {
            keys.add("rls.criterion." + i);
        }
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }
}
