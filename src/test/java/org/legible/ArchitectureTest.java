package org.legible;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/** The architecture rules (docs/architecture.md) that a test can hold. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.legible");

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }

    private static final String WEB =
            "its pages in accounts.web call it, and Java has no visibility for a sibling package of the same module";

    /**
     * Issue 33 §1: what a module keeps in {@code internal} is its own; a public type there needs a written reason.
     * Each entry's reason is the reason; a type made package-private again must leave this list.
     */
    static final Map<String, String> PUBLIC_INSIDE_INTERNAL = Map.ofEntries(
            Map.entry("org.legible.accounts.internal.Passkeys", WEB),
            Map.entry(
                    "org.legible.accounts.internal.DeviceRememberMe",
                    WEB + "; system.SecurityConfiguration wires it into the sign-in filter chain"),
            Map.entry("org.legible.accounts.internal.LoginThrottleFilter", WEB),
            Map.entry("org.legible.accounts.internal.OneTimeCodes", WEB),
            Map.entry("org.legible.accounts.internal.TokenHolder", WEB),
            Map.entry("org.legible.accounts.internal.AccountSessions", WEB),
            Map.entry(
                    "org.legible.accounts.internal.SecondStep",
                    WEB + "; system.SecurityConfiguration asks it after the passphrase"),
            Map.entry("org.legible.accounts.internal.SignupThrottle", WEB),
            Map.entry("org.legible.accounts.internal.LegibleUser", WEB),
            Map.entry("org.legible.accounts.internal.SignIn", WEB),
            Map.entry("org.legible.accounts.internal.RecentPassphrase", WEB),
            Map.entry("org.legible.accounts.internal.LocalPath", WEB));

    @Test
    void nothing_inside_internal_is_public_without_a_written_reason() {
        Set<String> unexplained = new TreeSet<>();
        Set<String> stale = new TreeSet<>(PUBLIC_INSIDE_INTERNAL.keySet());
        for (JavaClass type : CLASSES) {
            if (type.getPackageName().contains(".internal")
                    && type.getModifiers().contains(JavaModifier.PUBLIC)
                    && type.getEnclosingClass().isEmpty()) {
                stale.remove(type.getName());
                if (!PUBLIC_INSIDE_INTERNAL.containsKey(type.getName())) {
                    unexplained.add(type.getName());
                }
            }
        }
        assertThat(unexplained)
                .as("public inside internal, without a reason in PUBLIC_INSIDE_INTERNAL")
                .isEmpty();
        assertThat(stale)
                .as("listed in PUBLIC_INSIDE_INTERNAL but no longer public there")
                .isEmpty();
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
    void every_scheduled_job_is_claimed_so_one_server_runs_it_except_a_servers_own_heartbeat_and_memory() {
        check(methods()
                .that()
                .areAnnotatedWith(Scheduled.class)
                .and()
                .areNotDeclaredIn("org.legible.importers.internal.ImportJobsService")
                .and()
                .areNotDeclaredIn("org.legible.system.MemoryRelease")
                .should()
                .beAnnotatedWith(SchedulerLock.class));
    }

    @Test
    void controllers_are_package_private_live_in_web_and_never_touch_a_repository() {
        // Meta-annotated, so the API's @RestControllers are held to the same rules as the pages' controllers; they
        // live in the API module (org.legible.api) as the pages' live in web.
        check(classes()
                .that()
                .areMetaAnnotatedWith(Controller.class)
                .and()
                .resideOutsideOfPackage("org.legible.system")
                .should()
                .notBePublic()
                .andShould()
                .resideInAnyPackage("..web..", "..api.."));
        check(noClasses()
                .that()
                .areMetaAnnotatedWith(Controller.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Repository.class));
    }

    @Test
    void time_comes_from_the_injected_clock_not_from_now() {
        // Any java.time "now" that is not handed a Clock reads the system clock, as do Clock.system* and
        // System.currentTimeMillis; only org.legible.system, which provides the one Clock bean, may, and the restore
        // command, which runs before and without the application (backups.RestoreCommand#run hands its clock on).
        DescribedPredicate<JavaMethodCall> systemTime = new DescribedPredicate<>("read the system clock") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                List<String> parameters = call.getTarget().getRawParameterTypes().stream()
                        .map(JavaClass::getName)
                        .toList();
                return (owner.startsWith("java.time.")
                                && name.equals("now")
                                && !parameters.contains(java.time.Clock.class.getName()))
                        || (owner.equals(java.time.Clock.class.getName()) && name.startsWith("system"))
                        || (owner.equals(System.class.getName()) && name.equals("currentTimeMillis"));
            }
        };
        check(noClasses()
                .that()
                .resideOutsideOfPackage("org.legible.system..")
                .and()
                .doNotHaveFullyQualifiedName("org.legible.backups.RestoreCommand")
                .should()
                .callMethodWhere(systemTime));
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
