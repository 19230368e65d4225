package org.legible.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Registration;
import org.legible.diary.HealthMeasures;
import org.legible.importers.fitbit.TakeoutFiles;
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
    FitbitImports fitbit;

    @Autowired
    HealthMeasures measures;

    private int run(String... args) {
        ImportCommand command = new ImportCommand(accounts, imports, fitbit);
        command.run(new DefaultApplicationArguments(args));
        return command.getExitCode();
    }

    @Test
    void imports_a_file_for_an_account_once_with_either_way_of_naming_the_account() throws IOException {
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
        try (java.io.InputStream upload = Files.newInputStream(Path.of(xml))) {
            assertThat(imports.importFile(account, "upload.xml", upload, found -> {})
                            .alreadyImported())
                    .as("the page's upload is fingerprinted as the command's file is")
                    .isTrue();
        }
    }

    @Test
    void imports_a_fitbit_takeout_zip_on_the_step_clock_asked_for_and_refuses_an_unknown_clock(@TempDir Path dir)
            throws IOException {
        AccountId account = ((Registration.Registered) accounts.register(
                        People.uniqueEmail("fitbit-cli"), People.PASSPHRASE, ZoneId.of("Europe/Amsterdam"), null))
                .accountId();
        String email = accounts.email(account);
        Path zip = dir.resolve("takeout-001.zip");
        // 03:30 written: on local time that is before the 04:00 day boundary, so still the 1st; on the UTC clock it
        // is 04:30 in Amsterdam (winter, +01:00), so the 2nd.
        Files.write(
                zip,
                new TakeoutFiles()
                        .file(
                                TakeoutFiles.FOLDER + "steps-2024-01-01.json",
                                TakeoutFiles.array(TakeoutFiles.minute(LocalDateTime.of(2024, 1, 2, 3, 30), 80)))
                        .zip());

        assertThat(run("import", "fitbit", zip.toString(), "--account=" + email, "--step-clock=sundial"))
                .isEqualTo(1);
        assertThat(measures.imports(account)).isEmpty();
        assertThat(run("import", "fitbit", zip.toString(), "--account=" + email, "--step-clock=utc"))
                .isZero();
        assertThat(measures.steps(account, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)))
                .singleElement()
                .satisfies(day -> {
                    assertThat(day.day()).isEqualTo(LocalDate.of(2024, 1, 2));
                    assertThat(day.steps()).isEqualTo(80);
                });
        assertThat(measures.imports(account))
                .singleElement()
                .satisfies(i -> assertThat(i.sourceKind()).isEqualTo("fitbit"));
    }

    @Test
    void refuses_a_wrong_command_account_or_file_with_exit_status_1() {
        String zip =
                Fixtures.path("apple-health/apple-health-parser/export.zip").toString();

        assertThat(run("import", "garmin", zip, "--account=a@example.com")).isEqualTo(1);
        assertThat(run("import", "apple-health", zip, "--account=nobody@example.com"))
                .isEqualTo(1);
        assertThat(run("import", "apple-health", "/no/such/file.zip", "--account=nobody@example.com"))
                .isEqualTo(1);
        assertThat(run("import", "apple-health", zip)).isEqualTo(1);
        assertThat(run("serve")).as("any other command line is not an import").isZero();
    }
}
