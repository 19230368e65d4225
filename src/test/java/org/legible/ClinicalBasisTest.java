package org.legible;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.legible.assessments.IronAdvice;
import org.legible.assessments.PsdBand;
import org.legible.checkup.ConditionNote;
import org.legible.diary.Coded;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.insights.patterns.DiarySigns;
import org.legible.insights.patterns.Mechanism;
import org.legible.insights.patterns.PatternRule;

/**
 * docs/clinical-basis.md holds every clinical rule Legible uses with its source; nothing clinical may exist in code
 * without its entry there, and nothing in the code points at a file outside the repository for one.
 */
class ClinicalBasisTest {

    private static final Path BASIS = Path.of("docs/clinical-basis.md");
    private static final Pattern ENTRY = Pattern.compile("(?m)^### ([a-z-]+): (\\S+)\\s*$");

    private static Set<String> entries() throws IOException {
        Set<String> entries = new TreeSet<>();
        Matcher entry = ENTRY.matcher(Files.readString(BASIS));
        while (entry.find()) {
            entries.add(entry.group(1) + ": " + entry.group(2));
        }
        return entries;
    }

    private static List<String> codes(String kind, Coded[] values) {
        return Arrays.stream(values).map(v -> kind + ": " + v.code()).toList();
    }

    /** The public constants of a class of thresholds, as "threshold: Class.NAME". */
    private static List<String> thresholds(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                names.add("threshold: " + type.getSimpleName() + "." + field.getName());
            }
        }
        return names;
    }

    @Test
    void every_red_flag_urgency_rule_mechanism_note_strategy_band_and_threshold_has_its_entry() throws IOException {
        List<String> needed = new ArrayList<>();
        needed.addAll(codes("red-flag", RedFlag.values()));
        needed.addAll(codes("urgency", RedFlag.Urgency.values()));
        Arrays.stream(Mechanism.values()).forEach(m -> needed.add("mechanism: " + m.code()));
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.legible").stream()
                        .filter(c -> c.isAssignableTo(PatternRule.class) && !c.isInterface())
                        .map(JavaClass::getSimpleName)
                        .forEach(rule -> needed.add("rule: " + rule));
        Arrays.stream(ConditionNote.values()).forEach(n -> needed.add("condition: " + n.code()));
        needed.addAll(codes("strategy", Strategy.values()));
        Arrays.stream(PsdBand.values())
                .forEach(b -> needed.add("psd-band: " + b.name().toLowerCase(java.util.Locale.ROOT)));
        needed.addAll(thresholds(DiarySigns.class));
        needed.addAll(thresholds(IronAdvice.class));
        needed.addAll(List.of("screen: acr-2016", "screen: restless-legs", "screen: neuropathic-profile"));

        assertThat(needed).as("the pattern rules are found").anyMatch(n -> n.equals("rule: SmallFibreRule"));
        assertThat(entries()).containsAll(needed);
    }

    @Test
    void no_code_comment_or_text_points_at_a_clinical_file_outside_the_repository() throws IOException {
        List<String> outside = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (name.endsWith(".java")
                        || name.endsWith(".html")
                        || name.endsWith(".properties")
                        || name.endsWith(".json")
                        || name.endsWith(".sql")) {
                    if (Files.readString(file).contains("clinical_reference")) {
                        outside.add(name);
                    }
                }
            }
        }
        assertThat(outside).isEmpty();
    }
}
