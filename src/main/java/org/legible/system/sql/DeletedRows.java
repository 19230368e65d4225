package org.legible.system.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.legible.system.SqliteDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes rows just deleted unreadable from the database files. SQLite overwrites deleted content with zeros
 * ({@code secure_delete}, set on every writing connection in {@link SqliteDataSource}), but the write-ahead log still
 * holds earlier copies of those pages until it is checkpointed; this checkpoints it and truncates it. PostgreSQL
 * keeps deleted rows in its files until {@code VACUUM} reuses their space (README, "Deleting an account").
 */
@Component
public class DeletedRows {

    private static final Logger log = LoggerFactory.getLogger(DeletedRows.class);

    private final DataSource dataSource;

    DeletedRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Call after the deleting transaction has committed. */
    public void eraseFromFiles() {
        if (!(dataSource instanceof SqliteDataSource)) {
            return;
        }
        // A connection of its own: the deleting transaction's may still be bound to this thread.
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (result.next() && result.getInt(1) != 0) {
                log.warn("The write-ahead log could not be truncated now; SQLite overwrites it as it is reused");
            }
        } catch (SQLException e) {
            log.warn("The write-ahead log could not be checkpointed: {}", e.getMessage());
        }
    }
}
