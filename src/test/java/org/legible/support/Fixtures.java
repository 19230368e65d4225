package org.legible.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The licensed public test files beside the project ({@code ../shared/fixtures}, see its MANIFEST.tsv), read in
 * place and never copied into the repository. {@code LEGIBLE_FIXTURES} points elsewhere. A missing file fails the
 * test rather than skipping it.
 */
public final class Fixtures {

    private Fixtures() {}

    public static Path path(String relative) {
        Path root = Path.of(System.getenv().getOrDefault("LEGIBLE_FIXTURES", "../shared/fixtures"));
        Path file = root.resolve(relative);
        assertThat(Files.isRegularFile(file))
                .as("fixture %s (set LEGIBLE_FIXTURES to the shared fixtures folder)", file.toAbsolutePath())
                .isTrue();
        return file;
    }
}
