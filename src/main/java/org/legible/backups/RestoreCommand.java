package org.legible.backups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.legible.system.files.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.Banner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code restore FILE}: puts a backup in place of the SQLite database, for the host with Legible stopped. The backup
 * is first copied beside the database and checked there: SQLite's integrity check, then the application's migrations
 * (an older backup is brought up to date; one from a newer Legible, or not Legible's at all, is refused), then the
 * integrity check again. Only then is the current database moved aside (kept as {@code legible.db.before-restore-…})
 * and the checked copy put in its place. Nothing is replaced when any check fails. Runs without the web server: only
 * the configuration is read, for {@code LEGIBLE_DATA_DIR}.
 */
public final class RestoreCommand {

    public static final String COMMAND = "restore";
    private static final Logger log = LoggerFactory.getLogger(RestoreCommand.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** Why a backup was refused, said to the person running the command. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    private RestoreCommand() {}

    /** Reads the data directory from the same configuration as the server, restores, and says how it went (0: done). */
    public static int run(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RestoreCommand.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args)) {
            ApplicationArguments arguments = new DefaultApplicationArguments(args);
            List<String> words = arguments.getNonOptionArgs();
            if (words.size() != 2) {
                log.error("Usage: restore FILE, with Legible stopped");
                return 1;
            }
            String dataDir = context.getEnvironment().getProperty("legible.data-dir", "data");
            Path replaced = restore(Path.of(words.get(1)), Path.of(dataDir), Clock.systemUTC());
            log.info(
                    "Restored {}. The database it replaced is kept as {}.",
                    words.get(1),
                    replaced == null ? "(there was none)" : replaced.getFileName());
            return 0;
        } catch (Refused e) {
            log.error("Nothing was replaced: {}", e.getMessage());
            return 1;
        }
    }

    /** Checks {@code backup} and puts it in place in {@code dataDir}; the moved-aside database, if there was one. */
    static Path restore(Path backup, Path dataDir, Clock clock) throws Refused {
        if (!Files.isRegularFile(backup) || !Files.isReadable(backup)) {
            throw new Refused(backup + " is not a file that can be read.");
        }
        Path database = dataDir.resolve("legible.db").toAbsolutePath();
        if (Files.exists(Path.of(database + "-wal")) && size(Path.of(database + "-wal")) > 0) {
            throw new Refused(database + "-wal is not empty: Legible is running, or stopped without closing its"
                    + " database. Stop it (or start it and stop it once), then run restore again.");
        }
        Path checking = dataDir.resolve("legible.db.restoring").toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(checking);
            copyPrivately(backup, checking);
            check(checking, "the backup");
            migrate(checking);
            check(checking, "the backup once brought up to date");
            deleteSidecars(checking);
            Path aside = null;
            if (Files.exists(database)) {
                aside = dataDir.resolve("legible.db.before-restore-"
                        + STAMP.format(clock.instant().atOffset(ZoneOffset.UTC)));
                Files.move(database, aside);
                deleteSidecars(database);
            }
            Files.move(checking, database, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            throw new Refused("the files could not be copied or moved: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(checking);
                deleteSidecars(checking);
            } catch (IOException ignored) {
                // only a leftover copy; the next restore replaces it
            }
        }
    }

    private static void copyPrivately(Path from, Path to) throws IOException {
        PrivateFiles.createFile(to);
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void check(Path file, String what) throws Refused {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            String first = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(first)) {
                throw new Refused(what + " is damaged (SQLite says: " + first + ").");
            }
        } catch (SQLException e) {
            throw new Refused(what + " is not an SQLite database (" + e.getMessage() + ").");
        }
    }

    private static void migrate(Path file) throws Refused {
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet history = statement.executeQuery(
                        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (!history.next() || history.getInt(1) == 0) {
                throw new Refused("the file is an SQLite database but not a Legible backup.");
            }
        } catch (SQLException e) {
            throw new Refused("the file cannot be read as a database (" + e.getMessage() + ").");
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/vendor/sqlite")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new Refused("its schema does not fit this version of Legible (it may come from a newer one): "
                    + e.getMessage());
        }
    }

    private static void deleteSidecars(Path database) throws IOException {
        Files.deleteIfExists(Path.of(database + "-wal"));
        Files.deleteIfExists(Path.of(database + "-shm"));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
