package org.legible;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(LegibleApplication.class);

    @Test
    void modules_only_use_what_they_declare_and_nothing_internal_of_another() {
        modules.verify();
    }

    @Test
    void the_module_diagram_can_be_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
