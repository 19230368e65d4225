package org.legible.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Registration;
import org.legible.diary.HealthMeasures;
import org.legible.support.Fixtures;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** {@code import apple-health FILE --account EMAIL}: the page's import from the command line. */
@LegibleTest
class ImportCommandTest {

    @Autowired
    Accounts accounts;

    @Autowired
    AppleHealthImports imports;

    @Autowired
    HealthMeasures measures;

    private int run(String... args) {
        ImportCommand command = new ImportCommand(accounts, imports);
        command.run(new DefaultApplicationArguments(args));
        return command.getExitCode();
    }

    @Test
    void imports_a_file_for_an_account_once_with_either_way_of_naming_the_account() {
        AccountId account = ((Registration.Registered) accounts.register(
                        People.uniqueEmail("cli"), People.PASSPHRASE, ZoneId.of("Europe/Amsterdam"), null))
                .accountId();
        String email = accounts.email(account);
        String zip =
                Fixtures.path("apple-health/apple-health-parser/export.zip").toString();

        assertThat(run("import", "apple-health", zip, "--account=" + email)).isZero();
        assertThat(measures.imports(account)).singleElement().satisfies(i -> {
            assertThat(i.fileName()).isEqualTo("export.zip");
            assertThat(i.nights()).isEqualTo(1);
        });
        assertThat(run("import", "apple-health", zip, "--account", email))
                .as("the same file again is fine and adds nothing")
                .isZero();
        assertThat(measures.imports(account)).hasSize(1);

        String xml =
                Fixtures.path("apple-health/opendroid-hk/sampleexport-2.xml").toString();
        assertThat(run("import", "apple-health", xml, "--account=" + email))
                .as("a bare export.xml, whose stream the parser would otherwise close before the fingerprint")
                .isZero();
        assertThat(measures.imports(account)).hasSize(2);
    }

    @Test
    void refuses_a_wrong_command_account_or_file_with_exit_status_1() {
        String zip =
                Fixtures.path("apple-health/apple-health-parser/export.zip").toString();

        assertThat(run("import", "fitbit", zip, "--account=a@example.com")).isEqualTo(1);
        assertThat(run("import", "apple-health", zip, "--account=nobody@example.com"))
                .isEqualTo(1);
        assertThat(run("import", "apple-health", "/no/such/file.zip", "--account=nobody@example.com"))
                .isEqualTo(1);
        assertThat(run("import", "apple-health", zip)).isEqualTo(1);
        assertThat(run("serve")).as("any other command line is not an import").isZero();
    }
}
