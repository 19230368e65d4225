package org.legible.backups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.legible.system.files.PrivateFiles;
import org.legible.system.sql.Databases;
import org.springframework.stereotype.Service;

/**
 * Consistent copies of the SQLite database while Legible runs: {@code VACUUM INTO} reads one snapshot (writers go on
 * in the write-ahead log meanwhile) and writes a compact, self-contained database file, readable only by its owner.
 */
@Service
public class Backups {

    /** Every backup file is named so, with the UTC time it was taken, so names sort by age. */
    static final String PREFIX = "legible-backup-";

    static final String SUFFIX = ".db";
    private static final String DOWNLOAD_PREFIX = "legible-download-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'");

    private final DataSource dataSource;
    private final Clock clock;

    Backups(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        if (supported()) {
            deleteLeftDownloads();
        }
    }

    /** False on PostgreSQL, whose own tools (pg_dump, base backups) do this. */
    public boolean supported() {
        return Databases.isSqlite(dataSource);
    }

    /** The name a backup taken now gets. */
    public String fileName() {
        return PREFIX + STAMP.format(clock.instant().atOffset(ZoneOffset.UTC)) + SUFFIX;
    }

    /** Writes a consistent copy of the database to {@code target}, which must not exist yet; 0600 where possible. */
    public void copyTo(Path target) {
        try {
            PrivateFiles.createFile(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toAbsolutePath().toString());
            vacuum.execute();
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the copy failed; what is left is empty or partial and goes with the next start
            }
            throw new IllegalStateException("the backup could not be written", e);
        }
    }

    /** A copy for one download, beside the database; the caller deletes it once sent. */
    public Path copyForDownload() {
        try {
            Path target = dataDirectory().resolve(DOWNLOAD_PREFIX + java.util.UUID.randomUUID() + SUFFIX);
            copyTo(target);
            return target;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find the database file", e);
        }
    }

    /** The directory of the database file itself (the data directory). */
    Path dataDirectory() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet main = statement.executeQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")) {
            main.next();
            return Path.of(main.getString(1)).toAbsolutePath().getParent();
        }
    }

    /** A download interrupted by a crash leaves a whole copy of everyone's data; it goes at the next start. */
    private void deleteLeftDownloads() {
        try (Stream<Path> files = Files.list(dataDirectory())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(DOWNLOAD_PREFIX))
                    .toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot clean the data directory", e);
        }
    }
}
