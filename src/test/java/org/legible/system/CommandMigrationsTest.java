package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.support.TestDatabases;

/** A command starts Flyway only when the database is not at the newest migration the application carries. */
class CommandMigrationsTest {

    private static List<String> locations(TestDatabases.Kind kind) {
        return List.of(
                "classpath:db/migration", "classpath:db/vendor/" + kind.name().toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_new_or_older_database_is_migrated_and_one_at_this_version_is_left_alone(TestDatabases.Kind kind)
            throws SQLException {
        List<String> locations = locations(kind);
        assertThat(CommandMigrations.newest(locations))
                .as("the newest migration the application carries, as Flyway finds it")
                .isEqualTo(CommandMigrations.applied(TestDatabases.migrated(kind)))
                .hasValueSatisfying(version -> assertThat(version.get(0)).isGreaterThan(40));

        DataSource older = TestDatabases.migratedTo(kind, "40");
        assertThat(CommandMigrations.applied(older)).hasValue(List.of(40));
        assertThat(CommandMigrations.migrate(older, locations))
                .as("behind: Flyway runs")
                .isTrue();
        assertThat(CommandMigrations.applied(older)).hasValue(List.of(41));
        assertThat(CommandMigrations.migrate(older, locations))
                .as("at this version: nothing to do")
                .isFalse();

        DataSource current = TestDatabases.migrated(kind);
        assertThat(CommandMigrations.migrate(current, locations)).isFalse();
        try (Connection connection = current.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE flyway_schema_history SET success = "
                    + (kind == TestDatabases.Kind.SQLITE ? "0" : "false") + " WHERE version = '41'");
        }
        assertThat(CommandMigrations.applied(current)).as("a failed migration").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_new_database_has_applied_nothing_and_is_migrated(TestDatabases.Kind kind) throws IOException {
        DataSource empty = kind == TestDatabases.Kind.SQLITE
                ? SqliteDataSource.open(
                        Files.createTempDirectory("legible-command").resolve("legible.db"))
                : TestDatabases.postgresDatabase();
        assertThat(CommandMigrations.applied(empty)).isEmpty();

        assertThat(CommandMigrations.migrate(empty, locations(kind))).isTrue();
        assertThat(CommandMigrations.applied(empty)).isEqualTo(CommandMigrations.newest(locations(kind)));
    }
}
