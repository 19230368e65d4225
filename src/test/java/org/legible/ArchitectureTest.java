package org.legible;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/** The rules of ../shared/architecture.md that a test can hold. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.legible");

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }

    @Test
    void repositories_are_package_private_and_live_in_internal() {
        check(classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .notBePublic()
                .andShould()
                .resideInAPackage("..internal.."));
    }

    @Test
    void every_scheduled_job_is_claimed_so_one_server_runs_it_except_a_servers_own_heartbeat() {
        check(methods()
                .that()
                .areAnnotatedWith(Scheduled.class)
                .and()
                .areNotDeclaredIn("org.legible.importers.internal.ImportJobsService")
                .should()
                .beAnnotatedWith(SchedulerLock.class));
    }

    @Test
    void controllers_are_package_private_live_in_web_and_never_touch_a_repository() {
        check(classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .and()
                .resideOutsideOfPackage("org.legible.system")
                .should()
                .notBePublic()
                .andShould()
                .resideInAPackage("..web.."));
        check(noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Repository.class));
    }

    @Test
    void time_comes_from_the_injected_clock_not_from_now() {
        check(noClasses()
                .that()
                .resideOutsideOfPackage("org.legible.system..")
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis"));
    }

    @Test
    void no_field_injection_no_system_out_no_java_util_date() {
        check(fields().should().notBeAnnotatedWith(Autowired.class));
        check(noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err"));
        check(noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date"));
    }

    @Test
    void logs_never_receive_a_form_or_a_check_in() {
        check(noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.slf4j.Logger")
                .andShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Form")
                .because("a class that logs must not also handle what people typed; log ids only"));
    }
}
