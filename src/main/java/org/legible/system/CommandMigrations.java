package org.legible.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.legible.system.sql.Databases;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A command's migrations. Starting Flyway (with the Jackson it loads to copy its configuration) was about 0.4 s of
 * every command's start (docs/benchmarks.md, "Commands, end to end"), and the database is nearly always at this
 * version already, the server having migrated it. So a command (which turns Spring Boot's Flyway off) reads the
 * newest migration the database has applied and starts Flyway only when that is not the newest one this jar
 * carries: a new data directory, an upgrade not started yet, a failed migration, or a database of a newer Legible,
 * which Flyway then refuses as the server would. The server keeps Spring Boot's Flyway, which also checks that no
 * applied migration has changed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = CommandAutoConfigurations.PROPERTY, havingValue = "true")
class CommandMigrations {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    /** That the database is at this version's migrations; made before any command runs. */
    record Migrated(boolean byFlyway) {}

    @Bean
    @Lazy(false)
    Migrated migratedForCommand(DataSource dataSource, Environment environment) {
        String vendor = Databases.isSqlite(dataSource) ? "sqlite" : "postgresql";
        List<String> locations = Arrays.stream(environment
                        .getProperty("spring.flyway.locations", "classpath:db/migration")
                        .split(","))
                .map(location -> location.strip().replace("{vendor}", vendor))
                .toList();
        return new Migrated(migrate(dataSource, locations));
    }

    /** Brings the database up to the newest migration in {@code locations}; whether Flyway had to. */
    static boolean migrate(DataSource dataSource, List<String> locations) {
        Optional<List<Integer>> newest = newest(locations);
        Optional<List<Integer>> applied = applied(dataSource);
        if (newest.isPresent() && applied.isPresent() && compare(newest.get(), applied.get()) == 0) {
            return false;
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        return true;
    }

    /** The newest versioned migration this jar carries in {@code locations}. */
    static Optional<List<Integer>> newest(List<String> locations) {
        List<List<Integer>> versions = new ArrayList<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String location : locations) {
                String folder = location.replaceFirst("^classpath:", "classpath*:");
                for (Resource script : resolver.getResources(folder + "/V*__*.sql")) {
                    Matcher version = VERSIONED.matcher(String.valueOf(script.getFilename()));
                    if (version.matches()) {
                        versions.add(parts(version.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migrations", e);
        }
        return versions.stream().max(CommandMigrations::compare);
    }

    /**
     * The newest migration the database has applied, or empty when it has none, has no history table yet, or holds
     * a failed one (each a reason for Flyway to run).
     */
    static Optional<List<Integer>> applied(DataSource dataSource) {
        List<List<Integer>> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return Optional.empty();
                }
                versions.add(parts(rows.getString("version")));
            }
        } catch (SQLException e) {
            return Optional.empty(); // no history yet: a new database
        }
        return versions.stream().max(CommandMigrations::compare);
    }

    private static List<Integer> parts(String version) {
        return Arrays.stream(version.toLowerCase(Locale.ROOT).split("[._]"))
                .map(Integer::valueOf)
                .toList();
    }

    /** Flyway's order: part by part, a missing part counting as 0. */
    private static int compare(List<Integer> one, List<Integer> other) {
        for (int i = 0; i < Math.max(one.size(), other.size()); i++) {
            int difference = Integer.compare(i < one.size() ? one.get(i) : 0, i < other.size() ? other.get(i) : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }
}
