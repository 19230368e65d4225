package org.legible;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyDepth;

/**
 * A command's context is scanned for the modules {@code LegibleApplication.COMMANDS} names only
 * ({@code system.CommandComponents}), so each must name its own module and every module that one depends on, in
 * turn: a bean the command reaches is never missing.
 */
class CommandModulesTest {

    private final ApplicationModules modules = ApplicationModules.of(LegibleApplication.class);

    @Test
    void each_command_names_its_module_and_every_module_it_depends_on() {
        Map<String, String> ownModule = Map.of("import", "importers", "admin", "accounts");

        ownModule.forEach((command, module) -> {
            ApplicationModule own = modules.getModuleByName(module).orElseThrow();
            java.util.Set<String> reached = own.getDependencies(modules, DependencyDepth.ALL)
                    .uniqueModules()
                    .map(dependency -> dependency.getIdentifier().toString())
                    .collect(Collectors.toSet());
            reached.add(module);
            assertThat(LegibleApplication.COMMANDS.get(command)).as(command).containsAll(reached);
        });
        assertThat(LegibleApplication.COMMANDS.get("demo"))
                .as("demo scans everything")
                .isEmpty();
    }
}
