package org.legible;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Issue 33 §4, "the map is true": docs/architecture.md's table of modules names every module Spring Modulith finds,
 * and for each exactly the dependencies its package-info.java declares, and its diagram draws them, so a new module
 * or dependency cannot land without the map.
 */
class ArchitectureDocTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(LegibleApplication.class);

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|.*\\| ([^|]*) \\|$");
    private static final Pattern NAME = Pattern.compile("`([a-z]+(?:::[a-z]+)?)`");

    @Test
    void the_module_table_names_every_module_with_the_dependencies_it_declares() throws Exception {
        Map<String, Set<String>> declared = declared();

        Map<String, Set<String>> documented = new TreeMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("docs", "architecture.md"))) {
            if (line.startsWith("| module | public API | depends on |")) {
                inTable = true;
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (inTable && row.matches()) {
                Set<String> names = new TreeSet<>();
                Matcher name = NAME.matcher(row.group(2));
                while (name.find()) {
                    names.add(name.group(1));
                }
                documented.put(row.group(1), names);
            }
        }

        assertThat(documented).isEqualTo(declared);
    }

    /**
     * The Mermaid diagram under "Modules" is drawn from the same declarations, one arrow per module a module may use
     * (a named interface drawn to its module); Spring Modulith's Documenter writes its own PlantUML of every module to
     * target/spring-modulith-docs beside it.
     */
    @Test
    void the_module_diagram_is_the_one_the_declared_dependencies_draw() throws Exception {
        StringBuilder drawn = new StringBuilder("```mermaid\nflowchart TD\n");
        declared().forEach((module, uses) -> {
            Set<String> targets = new TreeSet<>();
            uses.forEach(u -> targets.add(u.replaceFirst("::.*", "")));
            if (targets.isEmpty()) {
                drawn.append("    ").append(module).append('\n');
            }
            targets.forEach(t -> drawn.append("    ")
                    .append(module)
                    .append(" --> ")
                    .append(t)
                    .append('\n'));
        });
        drawn.append("```");
        String doc = Files.readString(Path.of("docs", "architecture.md"));
        int start = doc.indexOf("```mermaid");
        String documented = start < 0 ? "" : doc.substring(start, doc.indexOf("```", start + 3) + 3);

        new org.springframework.modulith.docs.Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        assertThat(documented)
                .as("docs/architecture.md's module diagram, as the declared dependencies draw it")
                .isEqualTo(drawn.toString());
    }

    /** Each module by its last package name, with the dependencies its package-info.java allows. */
    private static Map<String, Set<String>> declared() throws ClassNotFoundException {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (var module : MODULES) {
            String base = module.getBasePackage().getName();
            ApplicationModule annotation = Class.forName(base + ".package-info").getAnnotation(ApplicationModule.class);
            declared.put(
                    base.substring(base.lastIndexOf('.') + 1),
                    new TreeSet<>(Stream.of(annotation.allowedDependencies())
                            .map(d -> d.replace(" ", ""))
                            .toList()));
        }
        return declared;
    }
}
