package org.legible.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * One SQLite file behind two pools. Writing transactions get a connection that begins {@code IMMEDIATE}, so
 * concurrent writers queue for SQLite's single write lock instead of failing when a read upgrades to a write.
 * Read-only transactions ({@code @Transactional(readOnly = true)}) get a connection opened read-only that begins
 * {@code DEFERRED}: in WAL mode it reads a snapshot without taking the write lock, so reads do not wait behind a
 * sign-up or a save. (With one pool, every read began {@code IMMEDIATE} and queued behind each write; a profile
 * under load found request threads waiting there more than anywhere else in native code: docs/benchmarks.md.)
 * Writing in a read-only transaction fails loudly ("attempt to write a readonly database").
 */
public final class SqliteDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

    private static final String SQLITE_OPEN_READONLY = "1";

    private final HikariDataSource writer;
    private final HikariDataSource reader;

    private SqliteDataSource(HikariDataSource writer, HikariDataSource reader) {
        super(writer);
        this.writer = writer;
        this.reader = reader;
        setReadOnlyDataSource(reader);
    }

    /** Opens both pools on {@code file}; the writer first, so the file is in WAL mode before anyone reads it. */
    public static SqliteDataSource open(Path file) {
        HikariDataSource writer = new HikariDataSource(writerConfig(file));
        try {
            return new SqliteDataSource(writer, new HikariDataSource(readerConfig(file)));
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    private static HikariConfig writerConfig(Path file) {
        HikariConfig config = common(file, "legible");
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        // Deleted rows are overwritten with zeros, so a deleted account cannot be read from free pages
        // (sql.DeletedRows).
        config.addDataSourceProperty("secure_delete", "true");
        config.setMaximumPoolSize(4);
        return config;
    }

    private static HikariConfig readerConfig(Path file) {
        HikariConfig config = common(file, "legible-read");
        config.addDataSourceProperty("open_mode", SQLITE_OPEN_READONLY);
        config.addDataSourceProperty("transaction_mode", "DEFERRED");
        // The driver reports such a connection as read-only and refuses to change that; without this, Hikari
        // would try to set it to writable and fail to start the pool.
        config.setReadOnly(true);
        config.setMaximumPoolSize(4);
        return config;
    }

    private static HikariConfig common(Path file, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl("jdbc:sqlite:" + file);
        config.addDataSourceProperty("busy_timeout", "10000");
        return config;
    }

    @Override
    public void close() {
        reader.close();
        writer.close();
    }
}
